-- Issue 13: an optional note on each revision saying what changed and why (written by whoever
-- publishes it; automatic for a rollback). Runs unchanged on H2 and PostgreSQL.
alter table content_revision add column change_note varchar(300);
