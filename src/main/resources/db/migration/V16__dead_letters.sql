-- Axon's sequenced dead-letter queue through its JDBC store, which writes timestamps as ISO-8601 text. The table V1
-- created for the JPA store was never written (no processor had a dead-letter queue before this version).
drop table dead_letter_entry;

create table dead_letter_entry (
    dead_letter_id       varchar(255)  not null primary key,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_entry_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Hibernate drew association ids fifty at a time; the column's default now draws them one by one.
alter sequence association_value_entry_seq increment by 1;
