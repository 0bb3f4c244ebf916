-- Which organisation each aggregate belongs to today, for access decisions on commands that name an
-- existing aggregate (access/AggregateOwners): a member's cell, a meeting's, resolution's, task's or
-- plan's organisation, a petition's holder, a report's reporting organisation. Organisations own
-- themselves and have no row. Kept in the transaction that appends the events.
create table aggregate_owner (
    aggregate_id    varchar(200) primary key,
    organisation_id varchar(64)  not null
);

-- The members a task is assigned to: they may report progress on it themselves.
create table task_member_assignee (
    task_id   varchar(64) not null,
    member_id varchar(64) not null,
    primary key (task_id, member_id)
);

-- Aggregates created before these tables existed: the latest event naming the owner wins.
insert into aggregate_owner (aggregate_id, organisation_id)
select distinct on (aggregate_identifier) aggregate_identifier, owner
from (select aggregate_identifier, global_index,
             case substring(payload_type from '\$(.*)$')
                 when 'MemberRegistered' then p ->> 'cellId'
                 when 'MemberTransferred' then p ->> 'toCellId'
                 when 'MeetingScheduled' then p ->> 'organisationId'
                 when 'ResolutionAdopted' then p ->> 'organisationId'
                 when 'TaskAssigned' then p ->> 'organisationId'
                 when 'TaskTransferred' then p ->> 'toOrganisationId'
                 when 'PetitionRaised' then p ->> 'cellId'
                 when 'PetitionForwarded' then p ->> 'toOrganisationId'
                 when 'PetitionEscalated' then p ->> 'toOrganisationId'
                 when 'PlanSubmitted' then p ->> 'cellId'
                 when 'PlanTransferred' then p ->> 'toCellId'
                 when 'ReportSubmitted' then p ->> 'organisationId'
             end as owner
      from (select aggregate_identifier, global_index, payload_type, convert_from(payload, 'UTF8')::jsonb as p
            from domain_event_entry
            where payload_type in ('vn.chibo.events.member.MemberContract$MemberRegistered',
                                   'vn.chibo.events.member.MemberContract$MemberTransferred',
                                   'vn.chibo.events.meeting.MeetingContract$MeetingScheduled',
                                   'vn.chibo.events.resolution.ResolutionContract$ResolutionAdopted',
                                   'vn.chibo.events.task.TaskContract$TaskAssigned',
                                   'vn.chibo.events.task.TaskContract$TaskTransferred',
                                   'vn.chibo.events.petition.PetitionContract$PetitionRaised',
                                   'vn.chibo.events.petition.PetitionContract$PetitionForwarded',
                                   'vn.chibo.events.petition.PetitionContract$PetitionEscalated',
                                   'vn.chibo.events.plan.PlanContract$PlanSubmitted',
                                   'vn.chibo.events.plan.PlanContract$PlanTransferred',
                                   'vn.chibo.events.report.ReportContract$ReportSubmitted')) events) owners
where owner is not null
order by aggregate_identifier, global_index desc;

insert into task_member_assignee (task_id, member_id)
select distinct p ->> 'taskId', assignee ->> 'id'
from (select convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'vn.chibo.events.task.TaskContract$TaskAssigned') assigned,
     jsonb_array_elements(p -> 'assignees') as assignee
where assignee ->> 'kind' = 'MEMBER';
