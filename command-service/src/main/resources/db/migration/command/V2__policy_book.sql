-- Policy versions as adopted, for looking up the one in force for an organisation on a date.
create table policy_version (
    policy_id             varchar(64)  not null,
    version               varchar(64)  not null,
    scope_organisation_id varchar(64),
    effective_from        date         not null,
    thresholds            text         not null,
    primary key (policy_id, version)
);
create index policy_version_scope on policy_version (scope_organisation_id, effective_from);
