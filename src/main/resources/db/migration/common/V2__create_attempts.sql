-- An attempt is a server-side state machine (in_progress -> overdue -> submitted). Its questions
-- are fixed at start: one response row per question slot, so recording an answer is an update.
create sequence attempt_seq start with 1 increment by 50;
create table attempt (
    id                bigint primary key,
    public_id         varchar(32) not null,
    token_hash        varchar(64) not null,
    result_id         varchar(32),
    pack_version_id   bigint not null references pack_version (id),
    owner_key         varchar(80) not null,
    account_id        bigint,
    nickname          varchar(60),
    mode              varchar(10) not null,
    status            varchar(12) not null,
    selection         varchar(200) not null,
    seed              bigint not null,
    partial_credit    boolean not null,
    negative_marking  boolean not null,
    certainty         boolean not null,
    question_count    integer not null,
    last_seq          bigint not null,
    started_at        timestamp with time zone not null,
    deadline          timestamp with time zone,
    submitted_at      timestamp with time zone,
    score             double precision,
    max_score         double precision,
    assignment_id     bigint,
    constraint attempt_public_id unique (public_id),
    constraint attempt_result_id unique (result_id)
);
create index attempt_by_owner on attempt (owner_key, started_at);

create sequence response_seq start with 1 increment by 50;
create table response (
    id           bigint primary key,
    attempt_id   bigint not null references attempt (id),
    position     integer not null,
    question_id  varchar(100) not null,
    answer       varchar(2000),
    certainty    integer,
    flagged      boolean not null,
    answered_at  timestamp with time zone,
    seq          bigint,
    points       double precision,
    max_points   double precision,
    fraction     double precision,
    correct      boolean,
    constraint response_slot unique (attempt_id, position),
    constraint response_question unique (attempt_id, question_id)
);

-- Leitner boxes for spaced review, per learner (an account, or an anonymous browser session).
create sequence review_card_seq start with 1 increment by 50;
create table review_card (
    id           bigint primary key,
    owner_key    varchar(80) not null,
    pack_id      varchar(100) not null,
    question_id  varchar(100) not null,
    box          integer not null,
    due          date not null,
    constraint review_card_key unique (owner_key, pack_id, question_id)
);
