-- Issue 13: an optional note on each revision saying what changed and why (written by whoever
-- publishes it; automatic for a rollback). Runs unchanged on H2 and PostgreSQL.
alter table content_revision add column change_note varchar(300);

-- Canned replies of the help desk get a workflow: DRAFT, PUBLISHED (offered to agents answering
-- a ticket), ARCHIVED. The replies already written stay available.
alter table hd_canned_reply add column state varchar(10) default 'PUBLISHED' not null;
