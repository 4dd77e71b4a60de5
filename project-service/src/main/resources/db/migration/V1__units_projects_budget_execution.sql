CREATE TABLE unit (
    code        VARCHAR(32) PRIMARY KEY,
    name        TEXT        NOT NULL,
    parent_code VARCHAR(32),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Amounts are 万元 with up to 4 decimals, i.e. exact to the 元.
CREATE TABLE project (
    id            BIGSERIAL PRIMARY KEY,
    unit_code     VARCHAR(32)    NOT NULL REFERENCES unit (code),
    fiscal_year   INT            NOT NULL,
    name          TEXT           NOT NULL,
    budget_total  NUMERIC(14, 4) NOT NULL CHECK (budget_total >= 0),
    budget_fiscal NUMERIC(14, 4) NOT NULL CHECK (budget_fiscal >= 0),
    budget_other  NUMERIC(14, 4) NOT NULL CHECK (budget_other >= 0),
    purpose       TEXT,
    goals         JSONB          NOT NULL DEFAULT '[]',
    period_start  DATE           NOT NULL,
    period_end    DATE           NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT project_unit_year_name UNIQUE (unit_code, fiscal_year, name),
    CONSTRAINT project_budget_parts CHECK (budget_fiscal + budget_other = budget_total),
    CONSTRAINT project_period CHECK (period_start <= period_end)
);

CREATE TABLE budget_execution (
    id          BIGSERIAL PRIMARY KEY,
    project_id  BIGINT         NOT NULL REFERENCES project (id),
    as_of       DATE           NOT NULL,
    spent       NUMERIC(14, 4) NOT NULL CHECK (spent >= 0),
    recorded_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT budget_execution_one_per_day UNIQUE (project_id, as_of)
);
