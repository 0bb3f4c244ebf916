-- For services that consume the event topic: the last sequence number applied per aggregate.
-- Publication to Kafka is at-least-once (a batch interrupted before its token is stored is sent
-- again), and each aggregate's events arrive in order, so anything at or below this number is a repeat.
create table aggregate_progress (
    aggregate_id varchar(255) primary key,
    sequence     bigint       not null
);
