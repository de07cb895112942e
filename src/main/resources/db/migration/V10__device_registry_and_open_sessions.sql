-- Command-side records, written in the commands' own transactions, so that creating a session reads no view:
-- which merchant a device belongs to, where it stands and whether it is registered (owned by the device feature),
-- and which session a device is busy with (owned by the session feature; one row per busy device).
create table device_registry (
    device_id   uuid    primary key,
    merchant_id uuid    not null,
    location_id uuid,
    active      boolean not null
);

insert into device_registry (device_id, merchant_id, location_id, active)
select device_id, merchant_id, location_id, status = 'ACTIVE' from device_view;

create table device_open_session (
    device_id  uuid primary key,
    session_id uuid not null unique
);

insert into device_open_session (device_id, session_id)
select device_id, session_id from session_view where status in ('CREATED', 'ACTIVE');
