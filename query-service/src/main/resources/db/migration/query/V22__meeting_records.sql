-- Each meeting's full record, step by step. Lists that are only ever shown (guests, scores, agenda,
-- task reviews, votes) are kept as JSON in the contract's shape.

alter table meeting
    add column stage                    varchar(24) not null default 'SCHEDULED',
    add column content_approved_on      date,
    add column content_approved_at      varchar(64),
    add column content                  text,
    add column draft_resolution         text,
    add column combined_with_thematic   boolean,
    add column notice_sent_at           timestamp,
    add column superior_monitor         jsonb,
    add column notice_days_ahead        integer,
    add column notice_required_days     integer,
    add column notice_late              boolean,
    add column notice_late_by_days      integer,
    add column notice_policy_version    varchar(100),
    add column opened_at                timestamp,
    add column chair_member_id          varchar(64),
    add column minutes_taker_member_id  varchar(64),
    add column purpose                  varchar(1000),
    add column guests                   jsonb,
    add column superior_attendees       jsonb,
    add column agenda                   jsonb,
    add column quality_proposed_by      varchar(64),
    add column quality_proposed_level   varchar(16),
    add column quality_scores           jsonb,
    add column quality_total_points     integer,
    add column quality_policy_version   varchar(100),
    add column quality_vote             jsonb,
    add column quality_voted_level      varchar(16),
    add column minutes_read_back_at     timestamp,
    add column minutes_chair_member_id  varchar(64),
    add column minutes_taker_signed_id  varchar(64),
    add column closed_at                timestamp,
    add column duration_minutes         bigint,
    add column minimum_minutes          integer,
    add column meeting_too_short        boolean,
    add column closing_policy_version   varchar(100);
update meeting set stage = 'HELD' where started_at is not null;

-- The roster taken at the opening (status, role, exemption as they stood) and each member's attendance.
create table meeting_attendance (
    meeting_id        varchar(64)  not null,
    member_id         varchar(64)  not null,
    position          integer      not null,
    membership_status varchar(16),
    role              varchar(32),
    exempt            boolean      not null default false,
    attendance        varchar(32),
    reason            varchar(500),
    primary key (meeting_id, member_id)
);
create index meeting_attendance_member on meeting_attendance (member_id);

create table meeting_item (
    position              bigserial     primary key,
    meeting_id            varchar(64)   not null,
    item_id               varchar(64)   not null,
    kind                  varchar(40)   not null,
    summary               text          not null,
    duration_minutes      integer,
    theme_id              varchar(64),
    lead_report_member_id varchar(64),
    task_reviews          jsonb         not null,
    unique (meeting_id, item_id)
);

create table meeting_speech (
    position   bigserial   primary key,
    meeting_id varchar(64) not null,
    item_id    varchar(64) not null,
    item_kind  varchar(40) not null,
    member_id  varchar(64) not null,
    gist       text        not null
);
create index meeting_speech_meeting on meeting_speech (meeting_id, position);
create index meeting_speech_member on meeting_speech (member_id);

create table meeting_resolution_vote (
    position      bigserial   primary key,
    meeting_id    varchar(64) not null,
    resolution_id varchar(64) not null,
    passed        boolean     not null,
    vote          jsonb       not null
);
create index meeting_resolution_vote_meeting on meeting_resolution_vote (meeting_id, position);
create index meeting_resolution_vote_resolution on meeting_resolution_vote (resolution_id, position);
