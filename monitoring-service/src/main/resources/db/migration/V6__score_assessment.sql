-- The share of its points an admin set for a qualitative indicator within its answer's band, with the reason
-- (ScoreAssessed on progress-events; docs/rules.md, "Score"). NULL: the band's default share applies.
ALTER TABLE mon_indicator ADD COLUMN assessed_share numeric(5, 4);
ALTER TABLE mon_indicator ADD COLUMN assessment_reason text;
ALTER TABLE mon_indicator ADD COLUMN assessed_by text;
ALTER TABLE mon_indicator ADD COLUMN assessed_at timestamptz;
