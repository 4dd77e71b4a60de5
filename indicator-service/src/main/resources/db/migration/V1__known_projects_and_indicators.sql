-- Projects as announced on project-events: what an indicator may be attached to.
CREATE TABLE known_project (
    id           BIGINT PRIMARY KEY,
    unit_code    VARCHAR(32) NOT NULL,
    fiscal_year  INT         NOT NULL,
    name         TEXT        NOT NULL,
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL
);

CREATE TABLE indicator (
    id            BIGSERIAL PRIMARY KEY,
    project_id    BIGINT         NOT NULL REFERENCES known_project (id),
    unit_code     VARCHAR(32)    NOT NULL,
    level1        TEXT           NOT NULL,
    level2        TEXT           NOT NULL,
    name          TEXT           NOT NULL,
    description   TEXT,
    target_raw    TEXT           NOT NULL,
    target        JSONB          NOT NULL,
    weight        NUMERIC(7, 4),
    milestones    JSONB          NOT NULL DEFAULT '[]',
    position      INT            NOT NULL,
    revision      INT            NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT indicator_name_per_project UNIQUE (project_id, level1, level2, name)
);
CREATE INDEX indicator_by_project ON indicator (project_id, position);
