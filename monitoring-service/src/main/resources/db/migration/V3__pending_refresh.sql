-- Projects whose targets or data changed and that await re-evaluation. Definitions arrive in bursts (an import of a
-- table with thousands of rows); re-evaluating once per burst instead of once per event keeps that linear.
CREATE TABLE pending_refresh (
    project_id   BIGINT PRIMARY KEY,
    cause_type   TEXT        NOT NULL,
    cause_event  UUID,
    requested_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A project is evaluated as a whole: its reports and its indicators' current statuses are read in one query each.
CREATE INDEX progress_report_by_project ON progress_report (project_id);
CREATE INDEX current_status_by_project ON current_status (project_id, subject);
