-- The status of every submitted report, by its id (type:organisation:period), so that a superior's
-- report can check the reports of its units. Kept in the transaction that appends the report's events.
create table report_directory (
    report_id varchar(200) primary key,
    status    varchar(16)  not null
);
