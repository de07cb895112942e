-- API.md §7: a device carries open_cash_register_id, an integer (nullable); the old text column was never written.
alter table device_view drop column cash_register_id;
alter table device_view add column open_cash_register_id integer;
