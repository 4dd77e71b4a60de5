-- Every report insert updates each index of progress_report, and reports arrive by the hundred thousand
-- (docs/operations.md, "Batched consumption in monitoring-service"). Two of them served nothing the others do not:
-- progress_report_newest (indicator_id, as_of DESC, reported_at DESC) serves every lookup by indicator and date that
-- progress_report_by_indicator (indicator_id, as_of) served, and a whole project's reports are found through its
-- indicators with that same index instead of progress_report_by_project.
DROP INDEX progress_report_by_indicator;
DROP INDEX progress_report_by_project;
