-- Axon's JDBC storage engine and saga store insert without an id: the database numbers the rows, from the sequences
-- Hibernate used to draw from, so an existing store goes on where it stopped.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
alter sequence domain_event_entry_seq owned by domain_event_entry.global_index;
alter table association_value_entry alter column id set default nextval('association_value_entry_seq');
alter sequence association_value_entry_seq owned by association_value_entry.id;
