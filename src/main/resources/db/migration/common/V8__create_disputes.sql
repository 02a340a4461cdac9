-- Disputes of answer keys, the errata they lead to, and the regrades those errata make.
-- A dispute names the version and question it was raised on; the attempt is absent for a checkpoint.
create sequence dispute_seq start with 1 increment by 50;
create table dispute (
    id               bigint primary key,
    pack_id          varchar(100) not null,
    pack_version_id  bigint not null references pack_version (id),
    question_id      varchar(100) not null,
    attempt_id       bigint references attempt (id),
    owner_key        varchar(80) not null,
    account_id       bigint,
    reason           varchar(2000) not null,
    source_id        varchar(100),
    locator          varchar(300),
    status           varchar(12) not null,
    reply            varchar(2000),
    decided_by       bigint,
    decided_at       timestamp with time zone,
    erratum_id       bigint,
    created_at       timestamp with time zone not null
);
create index dispute_by_pack on dispute (pack_id, status);
create index dispute_by_owner on dispute (owner_key, created_at);

-- An erratum is numbered per pack (#1, #2, ...) and points at the version it published.
create sequence erratum_seq start with 1 increment by 50;
create table erratum (
    id               bigint primary key,
    pack_id          varchar(100) not null,
    erratum_no       integer not null,
    question_id      varchar(100) not null,
    kind             varchar(12) not null,
    what             varchar(2000) not null,
    why              varchar(2000) not null,
    dispute_id       bigint references dispute (id),
    from_version_id  bigint not null references pack_version (id),
    pack_version_id  bigint not null references pack_version (id),
    created_at       timestamp with time zone not null,
    constraint erratum_number unique (pack_id, erratum_no)
);

-- One row per attempt an erratum rescored: the old and the new marks side by side. The unique key is
-- what makes a second regrade under the same erratum change nothing.
create sequence regrade_seq start with 1 increment by 50;
create table regrade (
    id           bigint primary key,
    erratum_id   bigint not null references erratum (id),
    attempt_id   bigint not null references attempt (id),
    question_id  varchar(100) not null,
    old_points   double precision not null,
    new_points   double precision not null,
    old_score    double precision not null,
    new_score    double precision not null,
    old_max      double precision not null,
    new_max      double precision not null,
    regraded_at  timestamp with time zone not null,
    constraint regrade_once unique (erratum_id, attempt_id)
);
create index regrade_by_attempt on regrade (attempt_id);
