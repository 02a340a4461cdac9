-- A pack is stored once per distinct content: a new content hash makes a new version, and
-- attempts point at the version they used, which never changes afterwards.
create sequence pack_version_seq start with 1 increment by 50;
create table pack_version (
    id              bigint primary key,
    pack_id         varchar(100) not null,
    version_no      integer not null,
    content_hash    varchar(64) not null,
    title           varchar(300) not null,
    summary         varchar(2000) not null,
    language        varchar(20) not null,
    label           varchar(50) not null,
    origin          varchar(20) not null,
    status          varchar(20) not null,
    lesson_count    integer not null,
    question_count  integer not null,
    owner_id        bigint,
    created_at      timestamp with time zone not null,
    constraint pack_version_number unique (pack_id, version_no)
);
create index pack_version_by_hash on pack_version (pack_id, content_hash);

-- The files of a version as written on disk: what the reader parses and a zip export writes back.
create sequence pack_file_seq start with 1 increment by 50;
create table pack_file (
    id               bigint primary key,
    pack_version_id  bigint not null references pack_version (id),
    path             varchar(300) not null,
    content          varchar(1000000) not null,
    constraint pack_file_path unique (pack_version_id, path)
);
