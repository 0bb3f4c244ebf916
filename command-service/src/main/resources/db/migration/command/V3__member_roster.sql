-- Who belonged to which cell, in which status and role, over which period: [valid_from, valid_to),
-- valid_to null for the period still open. Kept by the subscribing directory processor.
create table member_roster (
    period_id  bigserial    primary key,
    member_id  varchar(64)  not null,
    cell_id    varchar(64)  not null,
    full_name  varchar(200) not null,
    status     varchar(16)  not null,
    role       varchar(32)  not null,
    valid_from date         not null,
    valid_to   date
);
create index member_roster_member on member_roster (member_id, valid_to);
create index member_roster_cell on member_roster (cell_id, valid_from);

-- Exemptions from meetings (miễn sinh hoạt): both days included; exempt_until null until ended.
create table member_exemption (
    exemption_id bigserial   primary key,
    member_id    varchar(64) not null,
    exempt_from  date        not null,
    exempt_until date
);
create index member_exemption_member on member_exemption (member_id, exempt_from);

-- Members registered before this table existed: registration was then the only member event.
insert into member_roster (member_id, cell_id, full_name, status, role, valid_from)
select p ->> 'memberId', p ->> 'cellId', p ->> 'fullName', p ->> 'status', 'MEMBER', (p ->> 'joinedOn')::date
from (select convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'vn.chibo.events.member.MemberContract$MemberRegistered'
      order by global_index) registered;
