-- The event store: the system of record. Owned here, not by Hibernate or Axon.
-- global_index has its own sequence with increment 1, so tracking tokens see no artificial gaps.
create table domain_event_entry (
    global_index         bigserial    primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number)
);

-- Idempotency: a command id is recorded in the same transaction as the events it produced.
create table processed_command (
    command_id   varchar(64)  primary key,
    command_type varchar(255) not null,
    processed_at timestamptz  not null default now()
);

-- What command handlers may ask about other aggregates (does this parent exist, is it a cell).
-- Kept by a subscribing handler in the transaction that appends the events.
create table organisation_directory (
    organisation_id varchar(64)  primary key,
    kind            varchar(16)  not null,
    parent_id       varchar(64),
    name            varchar(200) not null
);
