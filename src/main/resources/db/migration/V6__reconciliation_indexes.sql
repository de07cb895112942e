-- Session search and reconciliation reports read the session view by merchant and creation time, narrowed by
-- status, device, location or the merchant's own reference.
create index session_view_merchant_status on session_view (merchant_id, status, created_at desc);
create index session_view_merchant_location on session_view (merchant_id, location_id, created_at desc);
create index session_view_merchant_device on session_view (merchant_id, device_id, created_at desc);
create index session_view_merchant_reference on session_view (merchant_id, merchant_reference1);
