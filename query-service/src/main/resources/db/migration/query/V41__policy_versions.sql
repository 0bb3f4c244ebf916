-- The policy versions adopted (PolicyVersionAdopted), for the rules the read side applies when it
-- derives a figure from counts: the classification of a cell's year by its months' quality ratings.
create table policy_version (
    policy_id             varchar(64)  not null,
    version               varchar(64)  not null,
    scope_organisation_id varchar(64),
    effective_from        date         not null,
    thresholds            jsonb        not null,
    primary key (policy_id, version)
);

-- Versions adopted before this table existed are in the event stream: read it again.
select rebuild_read_model();
