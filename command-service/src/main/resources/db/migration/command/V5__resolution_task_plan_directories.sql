-- Directories of resolutions, open tasks and thematic plans: what command handlers and the overdue
-- check may know beyond one aggregate. Kept by subscribing handlers in the transaction that appends
-- the events, so they are never behind the event store.

create table resolution_directory (
    resolution_id   varchar(64) primary key,
    meeting_id      varchar(64) not null,
    organisation_id varchar(64) not null,
    adopted_on      date        not null,
    superseded_by   varchar(64),
    supersedes      varchar(64)
);

-- Open tasks only: a task leaves when completed, evaluated or cancelled, and comes back when carried over.
-- overdue_deadline is the deadline already recorded as passed, so each deadline is marked once.
create table open_task (
    task_id          varchar(64) primary key,
    deadline         date        not null,
    overdue_deadline date
);
create index open_task_deadline on open_task (deadline);

create table plan_directory (
    plan_id             varchar(64) primary key,
    cell_id             varchar(64) not null,
    year                integer     not null,
    approved_submission integer,
    unique (cell_id, year)
);

-- The themes of every submission; the approved one is named by plan_directory.approved_submission.
create table plan_theme (
    plan_id          varchar(64)  not null references plan_directory,
    submission       integer      not null,
    theme_id         varchar(64)  not null,
    quarter          integer      not null,
    title            varchar(300) not null,
    lead_reporter_id varchar(64),
    primary key (plan_id, submission, theme_id)
);
create index plan_theme_id on plan_theme (theme_id);

-- System commands derive their ids from what they act on ("overdue-" + task id + "-" + deadline),
-- which can exceed the 64 characters a client-chosen id has.
alter table processed_command alter column command_id type varchar(100);
