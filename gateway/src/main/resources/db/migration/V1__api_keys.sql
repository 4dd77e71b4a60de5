-- API keys: only a SHA-256 hash of each secret is stored (the secret is shown once, at creation). Keys are
-- 256-bit random values, so a plain hash is enough: there is nothing to guess, and lookups stay an index probe.
CREATE TABLE api_key (
    id          UUID PRIMARY KEY,
    secret_hash CHAR(64)    NOT NULL UNIQUE,
    role        TEXT        NOT NULL CHECK (role IN ('admin', 'unit', 'reader')),
    unit_codes  TEXT        NOT NULL DEFAULT '',
    label       TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
