-- One row per day whose date-rollover re-evaluation has been claimed, so that several instances (or a restart)
-- run it once.
CREATE TABLE rollover_log (
    day        DATE PRIMARY KEY,
    claimed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
