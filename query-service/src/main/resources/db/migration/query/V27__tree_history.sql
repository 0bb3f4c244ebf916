-- The tree's history: each organisation's parent with the dates it held (valid_from inclusive, valid_to
-- exclusive, null while it still holds). Written from the reorganisation events (created, moved, and
-- the ends: dissolved, absorbed by a merge, split). organisation_ancestor stays today's tree.
create table organisation_position (
    organisation_id varchar(64) not null,
    parent_id       varchar(64),
    valid_from      date        not null,
    valid_to        date,
    primary key (organisation_id, valid_from)
);
create index organisation_position_parent on organisation_position (parent_id, valid_from);

-- Which cells each organisation expects to meet, month by month, as the tree stood in each month:
-- the cell counts for ancestor_id from from_month to to_month (inclusive; null: still). Recomputed
-- for the cells concerned when the tree changes (vn.chibo.query.organisation.ExpectedCells).
create table cell_expected (
    ancestor_id varchar(64) not null,
    cell_id     varchar(64) not null,
    from_month  date        not null,
    to_month    date,
    primary key (ancestor_id, cell_id, from_month)
);
create index cell_expected_cell on cell_expected (cell_id);

-- The parent of an organisation for the days first_day..last_day (a month, or one day for "as of"):
-- the latest position held during those days. An organisation that ended before them keeps its last
-- position; one created after them its first (events dated before a creation still reach ancestors).
create function parent_in(org varchar, first_day date, last_day date) returns varchar
    language sql stable as $$
    select h.parent_id from organisation_position h
    where h.organisation_id = org
    order by case when h.valid_from > last_day then 1
                  when h.valid_to is not null and h.valid_to <= first_day then 2
                  else 0 end,
             abs(h.valid_from - last_day)
    limit 1
$$;

-- The organisation (distance 0) and its ancestors as the tree stood during first_day..last_day.
create function ancestors_in(org varchar, first_day date, last_day date)
    returns table (ancestor_id varchar, distance integer)
    language sql stable as $$
    with recursive up (ancestor_id, distance) as (
        select org, 0
        union all
        select p.parent_id, up.distance + 1
        from up cross join lateral (select parent_in(up.ancestor_id, first_day, last_day) as parent_id) p
        where p.parent_id is not null and up.distance < 32)
    select ancestor_id, distance from up
$$;

-- A month's figures belong to the month's tree (vn.chibo.query.indicator.IndicatorCounters).
create function month_ancestors(org varchar, month date)
    returns table (ancestor_id varchar, distance integer)
    language sql stable as $$
    select * from ancestors_in(org, month, (month + interval '1 month' - interval '1 day')::date)
$$;

-- The history is new: the read model is rebuilt from the topic (V40 does it, once for both).
