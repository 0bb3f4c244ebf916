-- Runs once, on the first start of an empty data volume (docker-entrypoint-initdb.d).
-- One database per service: each owns its schema (Flyway) and its Axon token store, so no
-- service can read or lock another's tables.
CREATE DATABASE chibo_command;
CREATE DATABASE chibo_query;
CREATE DATABASE chibo_reporting;
