-- An Idempotency-Key is claimed before its request runs (with the id of what it will create) and answered after,
-- so no transaction spans the command; a claim whose request died is taken over once its lease has run out.
alter table idempotency_record add column resource_id uuid;
update idempotency_record set resource_id = gen_random_uuid() where resource_id is null;
alter table idempotency_record alter column resource_id set not null;
alter table idempotency_record alter column response_body drop not null;
alter table idempotency_record add column claimed_until timestamp(6) with time zone;
create index idempotency_record_created_at on idempotency_record (created_at);
