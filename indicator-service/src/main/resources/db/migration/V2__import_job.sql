-- The import saga's state, keyed by the content hash of the imported file (and the fiscal year it was read with):
-- a repeated import finds its job and converges instead of duplicating anything.
CREATE TABLE import_job (
    id           TEXT PRIMARY KEY,
    status       TEXT        NOT NULL,
    tables       JSONB       NOT NULL,
    fiscal_years JSONB       NOT NULL,
    summary      JSONB,
    errors       JSONB,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at TIMESTAMPTZ
);
