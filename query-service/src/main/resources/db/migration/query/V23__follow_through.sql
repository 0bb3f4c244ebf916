-- Resolutions and their tasks, thematic plans, petitions and the absence watch.

create table resolution (
    resolution_id       varchar(64)  primary key,
    meeting_id          varchar(64)  not null,
    organisation_id     varchar(64)  not null,
    kind                varchar(16)  not null,
    number              varchar(50),
    title               varchar(300) not null,
    text                text         not null,
    adopted_on          date         not null,
    superseded_by       varchar(64),
    superseded_on       date,
    supersession_reason varchar(2000)
);
create index resolution_organisation on resolution (organisation_id, adopted_on);
create index resolution_superseded_by on resolution (superseded_by);

create table resolution_amendment (
    resolution_id varchar(64)   not null,
    amendment     integer       not null,
    change        text          not null,
    amended_by    varchar(64)   not null,
    reason        varchar(2000) not null,
    amended_on    date          not null,
    primary key (resolution_id, amendment)
);

-- A task as it stands: deadline in force, status, whether that deadline passed while open, the
-- latest progress report and the latest evaluation.
create table task (
    task_id              varchar(64)   primary key,
    resolution_id        varchar(64)   not null,
    organisation_id      varchar(64)   not null,
    content              varchar(2000) not null,
    requirement          varchar(2000),
    measures             varchar(2000),
    deadline             date          not null,
    original_deadline    date          not null,
    supervisor_id        varchar(64)   not null,
    assigned_on          date          not null,
    status               varchar(16)   not null,
    overdue              boolean       not null default false,
    carried_over         integer       not null default 0,
    progress_by_kind     varchar(16),
    progress_by_id       varchar(64),
    progress_text        varchar(2000),
    progress_percent     integer,
    progress_on          date,
    completed_on         date,
    completion_note      varchar(2000),
    evaluated_at_meeting varchar(64),
    outcome              varchar(16),
    outcome_reason       varchar(2000),
    evaluated_on         date,
    cancelled_on         date,
    cancellation_reason  varchar(2000)
);
create index task_organisation on task (organisation_id, deadline);
create index task_resolution on task (resolution_id);

create table task_assignee (
    task_id     varchar(64) not null,
    position    integer     not null,
    kind        varchar(16) not null,
    assignee_id varchar(64) not null,
    primary key (task_id, position)
);
create index task_assignee_assignee on task_assignee (assignee_id, kind);

-- A plan's latest submission and last decision; approved_submission is the one in force.
create table plan (
    plan_id             varchar(64) primary key,
    cell_id             varchar(64) not null,
    committee_id        varchar(64) not null,
    year                integer     not null,
    submission          integer     not null,
    status              varchar(16) not null,
    submitted_on        date        not null,
    decided_by          varchar(64),
    decision_comment    varchar(2000),
    decided_on          date,
    approved_submission integer
);
create index plan_cell on plan (cell_id, year);

create table plan_theme (
    plan_id          varchar(64)  not null,
    submission       integer      not null,
    position         integer      not null,
    theme_id         varchar(64)  not null,
    quarter          integer      not null,
    title            varchar(300) not null,
    lead_reporter_id varchar(64),
    primary key (plan_id, submission, position)
);

-- A petition where it stands now (holder_id: the organisation holding it), and its path upward.
create table petition (
    petition_id varchar(64)   primary key,
    meeting_id  varchar(64)   not null,
    cell_id     varchar(64)   not null,
    content     varchar(5000) not null,
    raised_by   varchar(64),
    raised_on   date          not null,
    status      varchar(16)   not null,
    holder_id   varchar(64)   not null,
    answered_by varchar(64),
    answer      varchar(5000),
    answered_on date
);
create index petition_cell on petition (cell_id, raised_on);
create index petition_holder on petition (holder_id);

create table petition_step (
    position    bigserial     primary key,
    petition_id varchar(64)   not null,
    kind        varchar(16)   not null,
    from_id     varchar(64),
    to_id       varchar(64)   not null,
    note        varchar(5000),
    step_on     date          not null
);
create index petition_step_petition on petition_step (petition_id, position);

-- Unexcused absences per member and year; cell_id is the cell of the latest counted absence.
create table absence_record (
    member_id           varchar(64)  not null,
    year                integer      not null,
    cell_id             varchar(64)  not null,
    months_with_absence integer      not null,
    threshold           integer,
    warning_issued      boolean      not null default false,
    threshold_reached   boolean      not null default false,
    policy_version      varchar(100),
    last_absence_on     date,
    primary key (member_id, year)
);
create index absence_record_cell on absence_record (cell_id, year);
