-- The read model. Everything here is derived from the event topic and can be rebuilt from it.

create table organisation (
    organisation_id varchar(64)  primary key,
    name            varchar(200) not null,
    kind            varchar(16)  not null,
    level_label     varchar(100) not null,
    cell_type       varchar(32),
    parent_id       varchar(64),
    depth           integer      not null,
    created_on      date         not null
);
create index organisation_parent on organisation (parent_id);

-- Closure of the tree: every organisation with each of its ancestors, itself included (distance 0).
-- An event of a cell updates the rows of all its ancestors in one statement through this table.
create table organisation_ancestor (
    organisation_id varchar(64) not null,
    ancestor_id     varchar(64) not null,
    distance        integer     not null,
    primary key (organisation_id, ancestor_id)
);
create index organisation_ancestor_ancestor on organisation_ancestor (ancestor_id, distance);

-- Totals over each organisation's whole subtree, kept incrementally.
create table organisation_totals (
    organisation_id      varchar(64) primary key,
    cells                bigint      not null default 0,
    official_members     bigint      not null default 0,
    probationary_members bigint      not null default 0
);

create table member (
    member_id varchar(64)  primary key,
    cell_id   varchar(64)  not null,
    full_name varchar(200) not null,
    status    varchar(16)  not null,
    joined_on date         not null
);
create index member_cell on member (cell_id);

create table meeting (
    meeting_id      varchar(64)  primary key,
    organisation_id varchar(64)  not null,
    kind            varchar(32)  not null,
    scheduled_start timestamp    not null,
    place           varchar(300) not null,
    started_at      timestamp,
    ended_at        timestamp
);
create index meeting_organisation on meeting (organisation_id, scheduled_start);

-- Which cells met in which month: the first meeting of a cell in a month counts it as having met.
create table cell_month_met (
    cell_id varchar(64) not null,
    month   date        not null,
    primary key (cell_id, month)
);

-- Meetings held per organisation subtree per month.
create table monthly_meetings (
    organisation_id varchar(64) not null,
    month           date        not null,
    meetings_held   bigint      not null default 0,
    cells_met       bigint      not null default 0,
    primary key (organisation_id, month)
);

-- Events that arrived before the organisation they depend on (Kafka orders events per partition,
-- that is per aggregate, not across aggregates). They are applied, in arrival order, once it arrives.
create table waiting_event (
    position      bigserial    primary key,
    waiting_for   varchar(64)  not null,
    event_type    varchar(255) not null,
    payload       text         not null
);
create index waiting_event_for on waiting_event (waiting_for, position);
