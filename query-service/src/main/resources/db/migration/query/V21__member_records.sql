-- Members as they stand today: role, promotion, current cell, leaving; exemptions and transfers.

alter table member
    add column role           varchar(32) not null default 'MEMBER',
    add column promoted_on    date,
    add column in_cell_since  date,
    add column left_on        date,
    add column leaving_reason varchar(32);
update member set in_cell_since = joined_on;
alter table member alter column in_cell_since set not null;

-- Exemptions as granted; exempt_until is the last day exempt (null: until ended). Ending an
-- exemption on a day sets exempt_until to the day before and keeps that day in ended_on.
create table member_exemption (
    member_id    varchar(64)  not null,
    exempt_from  date         not null,
    exempt_until date,
    ended_on     date,
    reason       varchar(500) not null,
    decided_by   varchar(64)  not null,
    primary key (member_id, exempt_from)
);

create table member_transfer (
    position       bigserial   primary key,
    member_id      varchar(64) not null,
    from_cell_id   varchar(64) not null,
    to_cell_id     varchar(64) not null,
    reason         varchar(16) not null,
    effective_date date        not null
);
create index member_transfer_member on member_transfer (member_id, position);

-- Events also wait for the first event of their own aggregate ("task:<id>" and the like), which may
-- itself be waiting for its organisation.
alter table waiting_event alter column waiting_for type varchar(100);
