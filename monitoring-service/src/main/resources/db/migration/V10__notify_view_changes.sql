-- Status reads keep stored answers in memory until told that they changed (docs/operations.md, "Cached reads"):
-- every change of a project's stored answer, or of its pending mark, notifies the channel project_view_changed with
-- the project's id when its transaction commits (PostgreSQL folds repeats within one transaction into one).
CREATE FUNCTION notify_project_view_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('project_view_changed', OLD.project_id::text);
    ELSE
        PERFORM pg_notify('project_view_changed', NEW.project_id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER project_view_changed AFTER INSERT OR UPDATE OR DELETE ON project_view
    FOR EACH ROW EXECUTE FUNCTION notify_project_view_changed();
CREATE TRIGGER pending_refresh_changed AFTER INSERT OR UPDATE OR DELETE ON pending_refresh
    FOR EACH ROW EXECUTE FUNCTION notify_project_view_changed();

-- A TRUNCATE tells no rows: every kept answer is dropped (a payload that is not an id).
CREATE FUNCTION notify_all_views_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('project_view_changed', '*');
    RETURN NULL;
END
$$;

CREATE TRIGGER project_view_truncated AFTER TRUNCATE ON project_view
    FOR EACH STATEMENT EXECUTE FUNCTION notify_all_views_changed();
CREATE TRIGGER pending_refresh_truncated AFTER TRUNCATE ON pending_refresh
    FOR EACH STATEMENT EXECUTE FUNCTION notify_all_views_changed();
