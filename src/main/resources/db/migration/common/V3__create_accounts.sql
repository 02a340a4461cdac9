-- Accounts and roles. Sessions are signed cookies; this table keeps what is needed to end one for good
-- (logout, a disabled account, a changed password) on every instance.
create sequence account_seq start with 1 increment by 50;
create table account (
    id                   bigint primary key,
    email                varchar(254) not null,
    display_name         varchar(100) not null,
    password_hash        varchar(100),
    role                 varchar(20) not null,
    disabled             boolean not null,
    created_at           timestamp with time zone not null,
    sessions_valid_from  timestamp with time zone not null,
    constraint account_email unique (email)
);

create table login_session (
    id          varchar(32) primary key,
    account_id  bigint not null references account (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index login_session_revoked on login_session (revoked_at);

-- Personal API tokens (teachers' scripts) and class tokens (students who joined with a code).
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id            bigint primary key,
    account_id    bigint not null references account (id),
    name          varchar(100) not null,
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked       boolean not null,
    constraint api_token_hash unique (token_hash)
);

create sequence invite_seq start with 1 increment by 50;
create table invite (
    id          bigint primary key,
    token_hash  varchar(64) not null,
    role        varchar(20) not null,
    created_by  bigint not null references account (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint invite_token unique (token_hash)
);
