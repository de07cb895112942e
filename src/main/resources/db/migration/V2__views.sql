-- Projections: written by subscribing event handlers in the transaction that stores their events.

create table merchant_view (
    merchant_id uuid                        not null primary key,
    name        varchar(255)                not null,
    created_at  timestamp(6) with time zone not null
);

create table api_key_view (
    api_key_id  uuid                        not null primary key,
    merchant_id uuid                        not null,
    key_hash    varchar(255)                not null unique,
    hint        varchar(255)                not null,
    created_at  timestamp(6) with time zone not null,
    revoked_at  timestamp(6) with time zone
);
create index api_key_view_merchant on api_key_view (merchant_id);

create table location_view (
    location_id     uuid                        not null primary key,
    merchant_id     uuid                        not null,
    name            varchar(255)                not null,
    street_address  varchar(255),
    street_address2 varchar(255),
    postal_code     varchar(255),
    city            varchar(255),
    country         varchar(2)                  not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null
);
create index location_view_merchant on location_view (merchant_id, created_at);

create table device_view (
    device_id        uuid                        not null primary key,
    merchant_id      uuid                        not null,
    location_id      uuid                        not null,
    hardware_id      varchar(255)                not null,
    platform         varchar(255) check (platform in ('IOS', 'ANDROID')),
    name             varchar(255),
    metadata         jsonb                       not null,
    cash_register_id varchar(255),
    status           varchar(255)                not null check (status in ('ACTIVE', 'DEREGISTERED')),
    simulated        boolean                     not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    last_seen_at     timestamp(6) with time zone
);
create index device_view_merchant on device_view (merchant_id, status, created_at);

create table session_view (
    session_id            uuid                        not null primary key,
    merchant_id           uuid                        not null,
    device_id             uuid                        not null,
    location_id           uuid                        not null,
    status                varchar(255)                not null
        check (status in ('CREATED', 'ACTIVE', 'FINALIZED', 'CANCELLED', 'EXPIRED', 'FAILED')),
    order_id              uuid,
    order_amount          bigint                      not null,
    order_tax_amount      bigint                      not null,
    purchase_currency     varchar(3)                  not null,
    purchase_started_at   timestamp(6) with time zone not null,
    purchase_completed_at timestamp(6) with time zone,
    order_items           jsonb                       not null,
    merchant_reference1   varchar(255),
    merchant_reference2   varchar(255),
    merchant_data         varchar(6000),
    payment_method        varchar(255) check (payment_method in ('CARD', 'KLARNA', 'SWISH', 'VIPPS')),
    failure_reason        varchar(255),
    failed_attempts       integer                     not null,
    created_at            timestamp(6) with time zone not null,
    expires_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null
);
create index session_view_merchant_created on session_view (merchant_id, created_at desc);
-- A device works on one session at a time; the Session aggregate checks it under the device's row lock, and
-- this index makes sure no path around that check can ever store a second open session.
create unique index session_view_one_open_per_device on session_view (device_id) where status in ('CREATED', 'ACTIVE');

create table idempotency_record (
    merchant_id     uuid                        not null,
    idempotency_key varchar(255)                not null,
    request_hash    varchar(255)                not null,
    response_body   text                        not null,
    created_at      timestamp(6) with time zone not null,
    primary key (merchant_id, idempotency_key)
);
