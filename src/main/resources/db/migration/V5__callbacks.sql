-- The callback outbox: one row per callback, written in the transaction that stores its event, and the log of
-- its delivery attempts.
create table callback_delivery (
    delivery_id       varchar(255)                not null primary key,
    merchant_id       uuid                        not null,
    session_id        uuid                        not null,
    sequence          bigint                      not null,
    type              varchar(255)                not null,
    payload           text                        not null,
    status            varchar(255)                not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer                     not null,
    last_status_code  integer,
    last_error        varchar(1024),
    next_attempt_at   timestamp(6) with time zone not null,
    window_started_at timestamp(6) with time zone not null,
    claimed_by        varchar(255),
    claimed_until     timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    delivered_at      timestamp(6) with time zone
);
create index callback_delivery_due on callback_delivery (next_attempt_at) where status = 'PENDING';
create index callback_delivery_session on callback_delivery (session_id, sequence);
create index callback_delivery_merchant on callback_delivery (merchant_id, created_at desc);
