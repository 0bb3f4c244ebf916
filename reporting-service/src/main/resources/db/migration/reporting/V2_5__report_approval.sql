-- Where each submitted report stands (report approval events), one row per report id
-- (type:organisation:period). first_on_time and deadline are those of the first submission, as the
-- command side decided them; nothing here is computed from rules.
create table report_approval (
    report_id          varchar(200) primary key,
    type               varchar(32)  not null,
    organisation_id    varchar(64)  not null,
    period             varchar(7)   not null,
    superior_id        varchar(64)  not null,
    status             varchar(16)  not null,
    submissions        integer      not null,
    first_submitted_at timestamp    not null,
    first_on_time      boolean      not null,
    deadline           date         not null,
    last_submitted_at  timestamp    not null,
    last_decided_at    timestamp,
    last_comment       varchar(2000)
);
