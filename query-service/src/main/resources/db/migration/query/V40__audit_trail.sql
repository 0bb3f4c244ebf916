-- The audit trail: every event as who did what, when, in which organisation and meeting (issue 6).
-- One row per event, in the order the read model applied them.
create table audit_entry (
    position            bigserial    primary key,
    event_id            varchar(255) not null unique,
    occurred_at         timestamptz  not null,
    event_type          varchar(100) not null,
    entity_type         varchar(100),
    entity_id           varchar(255),
    sequence_number     bigint,
    organisation_id     varchar(64),
    meeting_id          varchar(64),
    resolution_id       varchar(64),
    actor               varchar(255),
    acting_role         varchar(64),
    acting_organisation varchar(64),
    facts               jsonb        not null
);
create index audit_entry_organisation on audit_entry (organisation_id, occurred_at);
create index audit_entry_entity on audit_entry (entity_id);
create index audit_entry_resolution on audit_entry (resolution_id) where resolution_id is not null;
create index audit_entry_meeting on audit_entry (meeting_id) where meeting_id is not null;

-- What an entity's later events belong to when they do not say: its organisation (as last named: a
-- transfer moves it) and the resolution its first event named (a task's progress names neither).
create table audit_entity (
    entity_id       varchar(255) primary key,
    organisation_id varchar(64),
    resolution_id   varchar(64)
);

-- Rebuilding the read model from the topic: every table emptied, the processor's position included, so
-- the processor reads the whole topic again on start (as V25 did). A migration that changes the read
-- model's shape ends with `select rebuild_read_model();`.
create or replace function rebuild_read_model() returns void language plpgsql as $$
declare
    t record;
begin
    for t in select tablename from pg_tables
             where schemaname = current_schema() and tablename <> 'flyway_schema_history' loop
        execute format('truncate table %I', t.tablename);
    end loop;
end $$;

-- The tree history (V27) and the audit trail are new: rebuild.
select rebuild_read_model();
