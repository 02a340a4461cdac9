-- Classes: a teacher's class with a rotatable join code, its students, and the quizzes assigned to it.
create sequence classroom_seq start with 1 increment by 50;
create table classroom (
    id             bigint primary key,
    teacher_id     bigint not null references account (id),
    name           varchar(100) not null,
    join_code      varchar(20) not null,
    nickname_only  boolean not null,
    created_at     timestamp with time zone not null,
    archived_at    timestamp with time zone,
    constraint classroom_join_code unique (join_code)
);
create index classroom_by_teacher on classroom (teacher_id);

-- A student in a class. Removing one keeps the row (removed_at), so the code cannot bring them back.
create sequence enrollment_seq start with 1 increment by 50;
create table enrollment (
    id            bigint primary key,
    classroom_id  bigint not null references classroom (id),
    account_id    bigint not null references account (id),
    joined_at     timestamp with time zone not null,
    removed_at    timestamp with time zone,
    constraint enrollment_once unique (classroom_id, account_id)
);
create index enrollment_by_account on enrollment (account_id);

-- A quiz assigned to a class, pinned to the pack version current when it was assigned.
create sequence assignment_seq start with 1 increment by 50;
create table assignment (
    id                  bigint primary key,
    classroom_id        bigint not null references classroom (id),
    pack_version_id     bigint not null references pack_version (id),
    pack_id             varchar(100) not null,
    title               varchar(300) not null,
    objective           varchar(100),
    question_count      integer not null,
    mode                varchar(10) not null,
    time_limit_minutes  integer,
    opens_at            timestamp with time zone,
    closes_at           timestamp with time zone,
    late_policy         varchar(10) not null,
    attempts_allowed    integer,
    score_counts        varchar(10) not null,
    partial_credit      boolean not null,
    negative_marking    boolean not null,
    certainty           boolean not null,
    created_at          timestamp with time zone not null
);
create index assignment_by_classroom on assignment (classroom_id);

-- An attempt started after its assignment closed, where the assignment accepts late work.
alter table attempt add column late boolean default false not null;
-- Results and statistics read an assignment's attempts by status, then their responses by attempt_id
-- (the response_slot unique index starts with attempt_id).
create index attempt_by_assignment on attempt (assignment_id, status, account_id);
