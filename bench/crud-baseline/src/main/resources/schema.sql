create table if not exists device (
    id uuid primary key,
    name text not null,
    open_session uuid,
    created_at timestamptz not null
);

create table if not exists session (
    session_id uuid primary key,
    device_id uuid not null,
    status varchar(16) not null,
    order_amount bigint not null,
    order_tax_amount bigint not null,
    purchase_currency varchar(3) not null,
    purchase_started_at timestamptz not null,
    order_items jsonb not null,
    merchant_reference1 text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    expires_at timestamptz not null
);
