-- Read model, built only from project-events and indicator-events.
CREATE TABLE mon_project (
    id           BIGINT PRIMARY KEY,
    unit_code    VARCHAR(32)    NOT NULL,
    fiscal_year  INT            NOT NULL,
    name         TEXT           NOT NULL,
    budget_total NUMERIC(14, 4) NOT NULL,
    period_start DATE           NOT NULL,
    period_end   DATE           NOT NULL
);

CREATE TABLE mon_budget_execution (
    project_id BIGINT         NOT NULL,
    as_of      DATE           NOT NULL,
    spent      NUMERIC(14, 4) NOT NULL,
    PRIMARY KEY (project_id, as_of)
);

CREATE TABLE mon_indicator (
    id         BIGINT PRIMARY KEY,
    project_id BIGINT      NOT NULL,
    unit_code  VARCHAR(32) NOT NULL,
    level1     TEXT        NOT NULL,
    level2     TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    target     JSONB       NOT NULL,
    weight     NUMERIC(7, 4),
    milestones JSONB       NOT NULL DEFAULT '[]',
    revision   INT         NOT NULL
);
CREATE INDEX mon_indicator_by_project ON mon_indicator (project_id);

-- Every accepted progress report, never overwritten; a correction is a new row naming the one it corrects.
CREATE TABLE progress_report (
    id                UUID PRIMARY KEY,
    indicator_id      BIGINT         NOT NULL,
    project_id        BIGINT         NOT NULL,
    as_of             DATE           NOT NULL,
    value             TEXT           NOT NULL,
    numeric_value     NUMERIC(20, 6),
    likelihood        TEXT,
    deviation_category TEXT,
    deviation_reason  TEXT,
    corrective_action TEXT,
    forecast          TEXT,
    corrects          UUID,
    reporter          TEXT,
    reported_at       TIMESTAMPTZ    NOT NULL
);
CREATE INDEX progress_report_by_indicator ON progress_report (indicator_id, as_of);

-- The latest evaluated state of each subject; a change emits a StatusChanged event through the outbox.
CREATE TABLE current_status (
    subject     TEXT        NOT NULL,
    subject_id  TEXT        NOT NULL,
    project_id  BIGINT,
    unit_code   VARCHAR(32),
    status      TEXT,
    warning     TEXT,
    score       NUMERIC(7, 2),
    grade       TEXT,
    evaluated_on DATE       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, subject_id)
);
