-- Payment collection: what the device reports back, and when it was last heard from.

alter table session_view add column payment_reference varchar(255);
create index session_view_device on session_view (device_id);

-- last_seen_at left the device view: it is not an event, and a replay of the view must not lose it.
alter table device_view drop column last_seen_at;
create table device_presence (
    device_id    uuid                        not null primary key,
    last_seen_at timestamp(6) with time zone not null
);
