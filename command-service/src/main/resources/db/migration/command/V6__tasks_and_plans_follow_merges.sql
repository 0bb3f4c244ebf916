-- Which organisation holds each task not yet closed (open, or completed and awaiting evaluation), so a
-- merge can hand the absorbed organisation's tasks to the survivor. open_task stays what the overdue
-- check needs; a completed task is no longer overdue but still moves.
create table live_task (
    task_id         varchar(64) primary key,
    organisation_id varchar(64) not null
);
create index live_task_organisation on live_task (organisation_id);

-- Tasks assigned before this table existed: no task had been transferred yet, so the assignment names
-- the holder; closed ones (cancelled, evaluated done or not done) are left out.
insert into live_task (task_id, organisation_id)
select p ->> 'taskId', p ->> 'organisationId'
from (select convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'vn.chibo.events.task.TaskContract$TaskAssigned') assigned
where not exists (select 1 from domain_event_entry closed
                  where closed.aggregate_identifier = assigned.p ->> 'taskId'
                    and (closed.payload_type = 'vn.chibo.events.task.TaskContract$TaskCancelled'
                         or (closed.payload_type = 'vn.chibo.events.task.TaskContract$TaskEvaluated'
                             and convert_from(closed.payload, 'UTF8')::jsonb ->> 'outcome' in ('DONE', 'NOT_DONE'))));

-- A plan superseded by the survivor's plan after a merge: it keeps its row (its theme ids stay taken)
-- but its themes no longer answer for meetings.
alter table plan_directory add column superseded_by varchar(64);
