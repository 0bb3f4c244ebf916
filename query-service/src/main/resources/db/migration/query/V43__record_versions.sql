-- Time travel (?asOf=YYYY-MM-DD, README-asof.md): every read-model table a view reads keeps the versions
-- its rows had at the end of each past day. recorded_on is the day (Asia/Ho_Chi_Minh) of the event that
-- wrote the row, set for each batch by vn.chibo.query.projection.RecordedDay; a row's previous version
-- goes to <table>_version with replaced_on, the day it stopped being current. A view as of day D
-- reads the rows recorded by D that were not yet superseded on D (vn.chibo.query.projection.AsOf).
-- Only the last version of a day is kept: nothing can ask for an earlier one.

create function recorded_on() returns date language sql stable as $$
    select coalesce(cast(nullif(current_setting('chibo.recorded_on', true), '') as date),
                    cast(now() at time zone 'Asia/Ho_Chi_Minh' as date))
$$;

create function keep_version() returns trigger language plpgsql as $$
declare
    day date := recorded_on();
begin
    if tg_op = 'INSERT' then
        new.recorded_on := day;
        return new;
    end if;
    if tg_op = 'UPDATE' then
        if new is not distinct from old then
            return new;
        end if;
        -- an event of an earlier day read late (another partition) does not move a row back in time
        new.recorded_on := greatest(old.recorded_on, day);
    end if;
    if old.recorded_on < day then
        execute format('insert into %I select ($1).*, $2', tg_table_name || '_version') using old, day;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

-- Gives a table its recorded_on, its version table and the trigger. A migration that changes a
-- versioned table's columns calls it again (the version table follows the new shape) and rebuilds.
create function keep_versions(t varchar) returns void language plpgsql as $$
begin
    execute format('alter table %I add column if not exists recorded_on date not null default recorded_on()', t);
    execute format('drop table if exists %I', t || '_version');
    execute format('create table %I (like %I)', t || '_version', t);
    execute format('alter table %I add column replaced_on date not null', t || '_version');
    execute format('drop trigger if exists keep_version on %I', t);
    execute format('create trigger keep_version before insert or update or delete on %I '
                   'for each row execute function keep_version()', t);
end $$;

select keep_versions(t) from unnest(array[
    'meeting', 'meeting_attendance', 'meeting_item', 'meeting_speech', 'meeting_resolution_vote',
    'resolution', 'resolution_amendment', 'task', 'task_assignee', 'plan', 'plan_theme',
    'petition', 'petition_step', 'absence_record', 'indicator_month']) t;

-- The versions of tasks, meetings and indicators are read by organisation.
create index task_version_organisation on task_version (organisation_id);
create index meeting_version_organisation on meeting_version (organisation_id);
create index indicator_month_version_organisation on indicator_month_version (organisation_id, month);

-- The organisations of a subtree as the tree stood on a day (the subtree of an organisation that did
-- not stand that day is empty).
create function subtree_on(org varchar, day date) returns setof varchar language sql stable as $$
    with recursive down (organisation_id) as (
        select h.organisation_id from organisation_position h
        where h.organisation_id = org and h.valid_from <= day and (h.valid_to is null or h.valid_to > day)
        union
        select h.organisation_id from down d join organisation_position h on h.parent_id = d.organisation_id
        where h.valid_from <= day and (h.valid_to is null or h.valid_to > day))
    select organisation_id from down
$$;

-- Every row needs the day it was recorded: the read model is read again from the topic.
select rebuild_read_model();
