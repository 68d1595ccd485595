-- Issue 8, a recommendation that reads the whole profile. Runs unchanged on H2 and PostgreSQL.

-- The scoring rules an assessment was scored with (see Scoring.VERSION). Assessments completed
-- before this migration were scored with version 1; AssessmentRescoring re-scores them at start-up
-- from their stored answers and keeps the experience level they had before, for the history.
alter table assessment add column scoring_version integer not null default 1;
alter table assessment add column rescored_at timestamp with time zone;
alter table assessment add column experience_before varchar(20);
alter table assessment add column scores_before varchar(2000);

-- The time a plan was made for and the steps it left out (one "step|why|reason" per line).
alter table path_plan add column hours_per_week double precision;
alter table path_plan add column budget_weeks integer;
alter table path_plan add column left_out varchar(8000);
