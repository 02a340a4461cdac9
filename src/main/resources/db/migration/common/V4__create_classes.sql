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

-- Running item statistics per assignment and question: the sums Results needs (docs/classes.md), added to
-- on every submit of an attempt on the assignment, rebuilt from the responses when a student is removed.
-- The rows are made with the assignment, so a submit only ever updates them.
create table item_sums (
    assignment_id  bigint not null references assignment (id),
    question_id    varchar(100) not null,
    n              bigint not null,
    sum_x          double precision not null,
    sum_xx         double precision not null,
    sum_y          double precision not null,
    sum_yy         double precision not null,
    sum_xy         double precision not null,
    answered       bigint not null,
    certainty_sum  bigint not null,
    certainty_n    bigint not null,
    primary key (assignment_id, question_id)
);

-- How many counted answers picked each choice (ordering questions: put each item in its place).
create table choice_picks (
    assignment_id  bigint not null references assignment (id),
    question_id    varchar(100) not null,
    choice_id      varchar(100) not null,
    picked         bigint not null,
    primary key (assignment_id, question_id, choice_id)
);

-- An attempt started after its assignment closed, where the assignment accepts late work.
alter table attempt add column late boolean default false not null;
-- Results read an assignment's attempts per student (and by status), then their responses by attempt_id
-- (the response_slot unique index starts with attempt_id).
create index attempt_by_assignment on attempt (assignment_id, account_id, status);
