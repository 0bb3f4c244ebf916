-- The read model changed shape (indicators, records): rebuild it from the topic. Emptying every table,
-- the processor's position included, makes the processor read the whole topic again on start.
-- A later change of shape ends the same way, with its own rebuild migration.
do $$
declare
    t record;
begin
    for t in select tablename from pg_tables
             where schemaname = current_schema() and tablename <> 'flyway_schema_history' loop
        execute format('truncate table %I', t.tablename);
    end loop;
end $$;
