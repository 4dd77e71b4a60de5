-- Each project's status as GET /api/status/projects/{id} answers it, stored whenever the project is re-evaluated, so
-- that reading the current status is one lookup instead of an evaluation (docs/operations.md, "Stored status views").
-- A derived copy: it is served only while evaluated_on is the day a read would evaluate on and no re-evaluation of the
-- project is pending; otherwise the read evaluates as before.
CREATE TABLE project_view (
    project_id   BIGINT PRIMARY KEY,
    evaluated_on DATE   NOT NULL,
    period_end   DATE   NOT NULL,
    body         TEXT   NOT NULL
);
