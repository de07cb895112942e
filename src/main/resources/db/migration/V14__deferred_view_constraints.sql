-- The views' two "one at a time" rules are checked when a processor's batch commits, not row by row: a batch that
-- ends a device's session and then creates its next one may be written in any order (Hibernate writes inserts
-- before updates), so the projections no longer flush after every event. Exclusion constraints, unlike unique
-- indexes, can have a WHERE clause and be deferred.
drop index session_view_one_open_per_device;
alter table session_view add constraint session_view_one_open_per_device
    exclude using btree (device_id with =) where (status in ('CREATED', 'ACTIVE')) deferrable initially deferred;

drop index enrollment_view_pending_code;
alter table enrollment_view add constraint enrollment_view_pending_code
    exclude using btree (code with =) where (status = 'PENDING') deferrable initially deferred;
