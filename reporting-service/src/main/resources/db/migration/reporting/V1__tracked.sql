-- What reporting-service tracks itself from the event topic: the organisations it reports on and
-- the meetings held, to list them cell by cell. Joined at read time, so arrival order does not matter.
create table report_organisation (
    organisation_id varchar(64)  primary key,
    name            varchar(200) not null,
    kind            varchar(16)  not null,
    parent_id       varchar(64)
);
create index report_organisation_parent on report_organisation (parent_id);

create table report_meeting (
    meeting_id      varchar(64) primary key,
    organisation_id varchar(64) not null,
    kind            varchar(32) not null,
    started_at      timestamp   not null,
    ended_at        timestamp   not null
);
create index report_meeting_month on report_meeting (organisation_id, started_at);
