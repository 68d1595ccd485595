-- Which version of the questionnaire and of the path library is in use, and where it came from
-- (FOLDER: read from the content folder; PORTAL: published by a trainer in the portal's YAML editor).
-- At start-up a version published in the portal stays in use instead of the folder's files, so a
-- restart never silently undoes a portal edit (DD011). Runs unchanged on H2 and PostgreSQL.
create table definition_in_use (
    name        varchar(40) primary key,
    checksum    varchar(32) not null,
    origin      varchar(10) not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(200)
);
