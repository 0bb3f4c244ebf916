-- Dissolved, absorbed and split organisations stay in the directory (their names appear in history)
-- but accept nothing more; ended_on is null while the organisation exists.
alter table organisation_directory add column ended_on date;
create index organisation_directory_parent on organisation_directory (parent_id);
