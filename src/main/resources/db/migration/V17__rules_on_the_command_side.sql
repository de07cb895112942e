-- A rule is decided on the command side, where breaking it refuses the command. A constraint on a view (a table a
-- processor writes from events) can only refuse an event the command side already accepted: its processor then
-- fails on that event again and again, and every later event of that processor waits behind it.

-- Pending enrollment codes are unique on the command side: one entry per code that can still be redeemed, written in
-- the transaction of the Enrollment command that hands the code out, redeems it or cancels it. A code whose
-- enrollment expired is free again: the next claim of it takes its entry over. Filled with the codes pending now.
create table pending_enrollment_code (
    code          varchar(255)                not null primary key,
    enrollment_id uuid                        not null,
    expires_at    timestamp(6) with time zone not null
);

insert into pending_enrollment_code (code, enrollment_id, expires_at)
select distinct on (code) code, enrollment_id, expires_at
from enrollment_view
where status = 'PENDING' and expires_at > now()
order by code, created_at desc;

alter table enrollment_view drop constraint enrollment_view_pending_code;

-- One open session per device is the rule of device_open_session (V10), written by the Session aggregate's commands.
-- The view's copy of it could refuse a session's creation that the command side accepted whenever the end of the
-- device's previous session had not reached the view yet (another segment, a batch written in another order).
alter table session_view drop constraint session_view_one_open_per_device;

-- The value sets are the enums' (DevicePlatform, PaymentMethod, the statuses). Repeated here they refuse the event
-- the day an enum grows: device_view refused every device registered with platform TERMINAL.
alter table device_view drop constraint device_view_platform_check;
alter table device_view drop constraint device_view_status_check;
alter table session_view drop constraint session_view_status_check;
alter table session_view drop constraint session_view_payment_method_check;
alter table enrollment_view drop constraint enrollment_view_status_check;
alter table callback_delivery drop constraint callback_delivery_status_check;

-- An API key is unique by construction (32 random base62 characters, 190 bits, drawn when it is issued); the view looks
-- keys up by their hash but does not get to refuse one.
alter table api_key_view drop constraint api_key_view_key_hash_key;
create index api_key_view_key_hash on api_key_view (key_hash);
