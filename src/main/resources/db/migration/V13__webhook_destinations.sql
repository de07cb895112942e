-- Webhook destinations: several named endpoints per merchant, each with the callback types it wants and a signing
-- secret of its own. The callback endpoint of before becomes the merchant's default destination, whose id is the
-- merchant's id. The table is kept by the callback outbox's processor, in event order with the deliveries it routes.
create table webhook_destination (
    destination_id    uuid                        not null primary key,
    merchant_id       uuid                        not null,
    name              varchar(100)                not null,
    url               varchar(2048)               not null,
    events            varchar(1024)               not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    secret_rotated_at timestamp(6) with time zone,
    removed_at        timestamp(6) with time zone
);
create index webhook_destination_merchant on webhook_destination (merchant_id, created_at) where removed_at is null;

insert into webhook_destination (destination_id, merchant_id, name, url, events, created_at, updated_at,
                                 secret_rotated_at)
select merchant_id, merchant_id, 'Default', callback_url, '*', callback_configured_at, callback_configured_at,
       callback_secret_rotated_at
from merchant_view where callback_url is not null;

alter table merchant_view drop column callback_url;
alter table merchant_view drop column callback_configured_at;
alter table merchant_view drop column callback_secret_rotated_at;

alter table callback_secret add column destination_id uuid;
update callback_secret set destination_id = merchant_id;
alter table callback_secret alter column destination_id set not null;
drop index callback_secret_one_current;
create unique index callback_secret_one_current on callback_secret (destination_id) where retired_at is null;
drop index callback_secret_merchant;
create index callback_secret_destination on callback_secret (destination_id);

-- A delivery is one event for one destination; webhook_id is the event's callback id, the same at every destination.
alter table callback_delivery add column destination_id uuid;
alter table callback_delivery add column webhook_id varchar(255);
update callback_delivery set destination_id = merchant_id, webhook_id = delivery_id;
alter table callback_delivery alter column destination_id set not null;
alter table callback_delivery alter column webhook_id set not null;
drop index callback_delivery_session;
create index callback_delivery_session on callback_delivery (session_id, destination_id, sequence);
create index callback_delivery_destination on callback_delivery (destination_id, created_at desc);
