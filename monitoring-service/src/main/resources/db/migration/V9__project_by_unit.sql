-- A unit's projects (its status list, roll-up and summary report: status/StatusEvaluator.projectsOfUnit) are found
-- by unit and fiscal year in id order. Without an index that was a scan of every project: about 1 ms per 10,000
-- projects, a tenth of the 50 ms goal at 100,000 (docs/benchmarks.md, "At scale").
CREATE INDEX mon_project_by_unit ON mon_project (unit_code, fiscal_year, id);
