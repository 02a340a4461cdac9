-- Live classroom (docs/live.md): a host-paced session, its players and every answer they posted.
-- The session row is the state every instance shares: version goes up on each host step, and instances
-- with players listening poll it (a short indexed read) to push the next event within a second.
create sequence live_session_seq start with 1 increment by 50;
create table live_session (
    id                bigint primary key,
    pin               varchar(6) not null,
    -- the PIN while the session can be joined; null once it ended, so the PIN can be given out again
    active_pin        varchar(6),
    host_id           bigint not null references account (id),
    classroom_id      bigint references classroom (id),
    pack_version_id   bigint not null references pack_version (id),
    pack_id           varchar(100) not null,
    title             varchar(300) not null,
    scope             varchar(200) not null,
    question_ids      varchar(8000) not null,
    seconds           integer not null,
    speed_points      boolean not null,
    peer_instruction  boolean not null,
    partial_credit    boolean not null,
    negative_marking  boolean not null,
    certainty         boolean not null,
    state             varchar(12) not null,
    question_no       integer not null,
    round             integer not null,
    opened_at         timestamp with time zone,
    closes_at         timestamp with time zone,
    closed_at         timestamp with time zone,
    version           bigint not null,
    created_at        timestamp with time zone not null,
    ended_at          timestamp with time zone,
    assignment_id     bigint references assignment (id),
    constraint live_session_active_pin unique (active_pin)
);
create index live_session_by_host on live_session (host_id, created_at);

create sequence live_player_seq start with 1 increment by 50;
create table live_player (
    id            bigint primary key,
    session_id    bigint not null references live_session (id),
    nickname      varchar(30) not null,
    nickname_key  varchar(30) not null,
    token_hash    varchar(64) not null,
    account_id    bigint references account (id),
    extra_time    double precision not null,
    joined_at     timestamp with time zone not null,
    removed_at    timestamp with time zone,
    constraint live_player_nickname unique (session_id, nickname_key),
    constraint live_player_token unique (token_hash)
);

-- One answer per player, question and round (round 2 is the peer-instruction revote): the unique
-- constraint decides a race between two posts of the same answer, so an answer is stored exactly once.
create sequence live_answer_seq start with 1 increment by 50;
create table live_answer (
    id           bigint primary key,
    session_id   bigint not null references live_session (id),
    player_id    bigint not null references live_player (id),
    question_no  integer not null,
    round        integer not null,
    question_id  varchar(100) not null,
    choices      varchar(2000) not null,
    certainty    integer,
    answered_at  timestamp with time zone not null,
    elapsed_ms   bigint not null,
    points       double precision not null,
    max_points   double precision not null,
    fraction     double precision not null,
    correct      boolean not null,
    constraint live_answer_once unique (player_id, question_no, round)
);
create index live_answer_by_question on live_answer (session_id, question_no, round);
