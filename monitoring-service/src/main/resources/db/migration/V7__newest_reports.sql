-- A batch reads each indicator's newest reports as of a day, skipping corrected ones (status/ReadableReports): the
-- newest first straight from an index, and whether a report was corrected from an index of the corrections.
CREATE INDEX progress_report_newest ON progress_report (indicator_id, as_of DESC, reported_at DESC);
CREATE INDEX progress_report_corrections ON progress_report (corrects) WHERE corrects IS NOT NULL;
