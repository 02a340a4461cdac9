-- The last bulk action on a draft, so that the teacher can take it back: what it was, the draft's content hash
-- right after it (an undo is refused once the draft changed since), and the files it rewrote as they were.
create table bulk_undo (
    pack_id      varchar(100) primary key,
    account_id   bigint not null,
    what         varchar(500) not null,
    draft_hash   varchar(64) not null,
    created_at   timestamp with time zone not null
);

create sequence bulk_undo_file_seq start with 1 increment by 50;
create table bulk_undo_file (
    id       bigint primary key,
    pack_id  varchar(100) not null references bulk_undo (pack_id) on delete cascade,
    path     varchar(300) not null,
    content  varchar(1000000) not null,
    constraint bulk_undo_file_path unique (pack_id, path)
);
