-- Tamper evidence. Each stored event is sealed, in global_index order, by a SHA-256 hash over the
-- previous seal and the event's row (identity, sequence, payload, metadata). Seals live beside the
-- events rather than in them: appending stays a plain insert, free of any lock between writers, and
-- the sealer (audit/ChainSealer) follows behind in commit order, as a tracking processor does.
create table event_chain (
    global_index     bigint      primary key,
    event_identifier varchar(255) not null,
    previous_hash    bytea       not null,
    hash             bytea       not null,
    sealed_at        timestamptz not null default now()
);

-- The chain's head at the end of each day (Vietnam time), recorded and published as an event so a
-- copy outside this database can later prove what the store held then.
create table event_chain_digest (
    day          date        primary key,
    global_index bigint      not null,
    hash         bytea       not null,
    events       bigint      not null,
    recorded_at  timestamptz not null default now()
);
