-- When an organisation ended (dissolved, or absorbed into another by a merge): it stays in the tree
-- for the history it carries, and stops counting among the cells expected to meet.
alter table organisation add column ended_on date;
