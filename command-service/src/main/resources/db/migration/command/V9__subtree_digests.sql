-- Daily digests per organisation subtree (audit/SubtreeDigests). When a day's digest is recorded, each
-- event sealed since the previous one is placed in the subtree of its organisation and of every
-- ancestor, as the tree stands then: what a later verification of a subtree recomputes. Recorded once
-- and never updated, so a move afterwards does not change what a past digest covered.
create table event_chain_subtree (
    organisation_id varchar(64) not null,
    global_index    bigint      not null,
    primary key (organisation_id, global_index)
);

-- The running digest of each subtree whose events grew that day: SHA-256 over the subtree's previous
-- digest and the seals of its new events in chain order; events = every event of the subtree so far;
-- global_index = the head of that day's chain digest.
create table event_chain_subtree_digest (
    organisation_id varchar(64) not null,
    day             date        not null,
    global_index    bigint      not null,
    hash            bytea       not null,
    events          bigint      not null,
    primary key (organisation_id, day)
);
