-- Enrollments, device credentials and management, and the merchant portal.

create table enrollment_view (
    enrollment_id uuid                        not null primary key,
    merchant_id   uuid                        not null,
    location_id   uuid                        not null,
    code          varchar(255)                not null,
    metadata      jsonb                       not null,
    status        varchar(255)                not null check (status in ('PENDING', 'CONSUMED', 'EXPIRED', 'CANCELLED')),
    device_id     uuid,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);
create index enrollment_view_merchant on enrollment_view (merchant_id, created_at desc);
create index enrollment_view_code on enrollment_view (code);
-- A code names one redeemable enrollment: no two pending enrollments share a code.
create unique index enrollment_view_pending_code on enrollment_view (code) where status = 'PENDING';

-- A device may be left without a location (PUT without location_id clears it); it then takes no sessions.
alter table device_view alter column location_id drop not null;
-- The SHA-256 of the secret part of the device's token; cleared when the device is deleted.
alter table device_view add column token_hash varchar(255);

alter table api_key_view add column label varchar(255);

alter table merchant_view add column callback_url varchar(2048);
alter table merchant_view add column callback_configured_at timestamp(6) with time zone;
alter table merchant_view add column callback_secret_rotated_at timestamp(6) with time zone;

-- Signing secrets are not events: they must stay readable to sign with, and out of the event history.
create table callback_secret (
    secret_id   uuid                        not null primary key,
    merchant_id uuid                        not null,
    secret      varchar(255)                not null,
    created_at  timestamp(6) with time zone not null,
    retired_at  timestamp(6) with time zone
);
create index callback_secret_merchant on callback_secret (merchant_id);
create unique index callback_secret_one_current on callback_secret (merchant_id) where retired_at is null;
