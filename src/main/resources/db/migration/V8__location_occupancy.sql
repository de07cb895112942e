-- The command side's record of which locations exist and how many devices stand at each: a device is placed at a
-- location and a location is deleted by single-row updates in the command's own transaction, so a device can never
-- be placed at a deleted location nor a location deleted while a device stands there (no lock outlives a command).
create table location_occupancy (
    location_id uuid    primary key,
    merchant_id uuid    not null,
    devices     integer not null default 0 check (devices >= 0),
    deleted     boolean not null default false
);

insert into location_occupancy (location_id, merchant_id, devices, deleted)
select l.location_id, l.merchant_id,
       (select count(*) from device_view d where d.location_id = l.location_id and d.status = 'ACTIVE'), false
from location_view l;
