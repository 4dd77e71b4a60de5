-- What an indicator sets of its measure and direction, overriding the target grammar's defaults; NULL = the default.
ALTER TABLE indicator ADD COLUMN measure_set VARCHAR(16);
ALTER TABLE indicator ADD COLUMN direction_set VARCHAR(16);
