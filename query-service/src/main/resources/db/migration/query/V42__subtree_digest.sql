-- The daily digests of organisation subtrees, as published with the chain's digest (ChainDigestRecorded
-- revision 2): the copy outside command-service's database that a later verification is compared with.
-- Digests published before revision 2 carry none, so the read model needs no rebuild.
create table subtree_digest (
    organisation_id varchar(64)  not null,
    day             date         not null,
    hash            varchar(64)  not null,
    events          bigint       not null,
    chain_index     bigint       not null,
    primary key (organisation_id, day)
);
