-- The day an indicator was first defined: its grace before the first report is due counts from it when it falls inside
-- the project period (docs/rules.md, "Grace"). Rows from before this column count from the period start.
ALTER TABLE mon_indicator ADD COLUMN defined_on date;
