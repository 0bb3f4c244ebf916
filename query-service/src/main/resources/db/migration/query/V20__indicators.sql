-- Each projection waits for what it depends on independently (WaitingRoom.Seat).
alter table waiting_event add column owner varchar(255) not null default 'shared';

-- Monthly counters per organisation subtree (see vn.chibo.query.indicator.Indicator for each one's
-- definition). An event adds to its cell's row and to every ancestor's, in one statement; figures
-- of any period are sums of months, and rates are ratios of such sums.
create table indicator_month (
    organisation_id varchar(64) not null,
    month           date        not null,
    indicator       varchar(48) not null,
    value           bigint      not null,
    primary key (organisation_id, month, indicator)
);

-- What the counters need to attribute later events: the month and cell of a meeting, a task's and a
-- petition's cell, a meeting's speakers (counted once per meeting), meetings whose closing judged length.
create table indicator_meeting (
    meeting_id varchar(64) primary key,
    cell_id    varchar(64) not null,
    month      date        not null,
    closed     boolean     not null default false
);
create table indicator_speaker (
    meeting_id varchar(64) not null,
    member_id  varchar(64) not null,
    primary key (meeting_id, member_id)
);
create table indicator_task (
    task_id varchar(64) primary key,
    cell_id varchar(64) not null
);
create table indicator_petition (
    petition_id varchar(64) primary key,
    cell_id     varchar(64) not null
);

-- Meetings held and cells met are indicators now, defined once in vn.chibo.query.indicator.
drop table monthly_meetings;
alter table cell_month_met rename to indicator_cell_month;
