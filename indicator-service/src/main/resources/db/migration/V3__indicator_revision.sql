-- Every version of an indicator's target, weight and milestones; the indicator row holds the latest.
CREATE TABLE indicator_revision (
    id           BIGSERIAL PRIMARY KEY,
    indicator_id BIGINT        NOT NULL REFERENCES indicator (id),
    revision     INT           NOT NULL,
    description  TEXT,
    target_raw   TEXT          NOT NULL,
    target       JSONB         NOT NULL,
    weight       NUMERIC(7, 4),
    milestones   JSONB         NOT NULL DEFAULT '[]',
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT indicator_revision_once UNIQUE (indicator_id, revision)
);

INSERT INTO indicator_revision (indicator_id, revision, description, target_raw, target, weight, milestones, created_at)
SELECT id, revision, description, target_raw, target, weight, milestones, created_at FROM indicator;
