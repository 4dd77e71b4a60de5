-- Answers to writes sent with an Idempotency-Key header (org.jixiao.kit.idempotency). A row without status is a
-- request still being executed; a row with one holds the final answer that a repeat of the request gets back.
-- Kit migrations are numbered 0.x below every service's own, so services migrate with out-of-order enabled: a
-- database that already applied V1..Vn receives this one on its next start.
CREATE TABLE idempotency_key (
    key              TEXT        PRIMARY KEY,
    request_hash     TEXT        NOT NULL,
    request_method   TEXT        NOT NULL,
    request_path     TEXT        NOT NULL,
    status           INT,
    content_type     TEXT,
    response_headers TEXT,
    response_body    BYTEA,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
