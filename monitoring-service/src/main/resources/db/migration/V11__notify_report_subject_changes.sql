-- The checks of a posted report keep what they read of its indicator (target, project) and of its project (unit,
-- period) in memory until told that it changed (docs/operations.md, "Cached reads"). Only a change of what the checks
-- read notifies: score assessments and other updates of these rows do not. An inserted row needs no notification,
-- since an unknown indicator or project is never kept.
CREATE FUNCTION notify_report_subject_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify(TG_ARGV[0], '*');
        RETURN NULL;
    END IF;
    PERFORM pg_notify(TG_ARGV[0], OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER report_indicator_changed AFTER UPDATE ON mon_indicator
    FOR EACH ROW WHEN (OLD.target IS DISTINCT FROM NEW.target OR OLD.project_id IS DISTINCT FROM NEW.project_id)
    EXECUTE FUNCTION notify_report_subject_changed('report_indicator_changed');
CREATE TRIGGER report_indicator_deleted AFTER DELETE ON mon_indicator
    FOR EACH ROW EXECUTE FUNCTION notify_report_subject_changed('report_indicator_changed');
CREATE TRIGGER report_indicator_truncated AFTER TRUNCATE ON mon_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION notify_report_subject_changed('report_indicator_changed');

CREATE TRIGGER report_project_changed AFTER UPDATE ON mon_project
    FOR EACH ROW WHEN (OLD.unit_code IS DISTINCT FROM NEW.unit_code
        OR OLD.period_start IS DISTINCT FROM NEW.period_start OR OLD.period_end IS DISTINCT FROM NEW.period_end)
    EXECUTE FUNCTION notify_report_subject_changed('report_project_changed');
CREATE TRIGGER report_project_deleted AFTER DELETE ON mon_project
    FOR EACH ROW EXECUTE FUNCTION notify_report_subject_changed('report_project_changed');
CREATE TRIGGER report_project_truncated AFTER TRUNCATE ON mon_project
    FOR EACH STATEMENT EXECUTE FUNCTION notify_report_subject_changed('report_project_changed');
