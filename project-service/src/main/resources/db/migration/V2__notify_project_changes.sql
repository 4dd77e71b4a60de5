-- Project reads by id keep their answers in memory until told that the row changed (docs/operations.md, "Cached
-- reads"): every update or deletion of a project notifies the channel project_changed with its id at commit.
CREATE FUNCTION notify_project_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('project_changed', OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER project_changed AFTER UPDATE OR DELETE ON project
    FOR EACH ROW EXECUTE FUNCTION notify_project_changed();

-- A TRUNCATE tells no rows: every kept answer is dropped (a payload that is not an id).
CREATE FUNCTION notify_all_projects_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('project_changed', '*');
    RETURN NULL;
END
$$;

CREATE TRIGGER project_truncated AFTER TRUNCATE ON project
    FOR EACH STATEMENT EXECUTE FUNCTION notify_all_projects_changed();
