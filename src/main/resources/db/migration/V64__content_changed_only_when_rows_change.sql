-- V60's triggers fired once per statement, also for a statement that changed no row: a
-- member's every `?lang=` (`update member … where locale <> …`), the hourly clean-up that
-- found nothing to remove, each emptied every cache on every instance. Now each row that
-- changes notifies (PostgreSQL folds the repeats of one transaction into one notification),
-- and emptying a whole table still does. A member's last login is shown on no cached page
-- (only to a beheerder), so logging in no longer empties the caches either.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE g.tgname = 'content_changed' AND n.nspname = current_schema()
    LOOP
        EXECUTE format('DROP TRIGGER content_changed ON %I', t);
        IF t = 'member' THEN
            EXECUTE 'CREATE TRIGGER content_changed AFTER INSERT OR DELETE ON member '
                    'FOR EACH ROW EXECUTE FUNCTION notify_content_changed()';
            EXECUTE 'CREATE TRIGGER content_updated AFTER UPDATE ON member FOR EACH ROW '
                    'WHEN (to_jsonb(OLD) - ''last_login_at'' IS DISTINCT FROM to_jsonb(NEW) - ''last_login_at'') '
                    'EXECUTE FUNCTION notify_content_changed()';
        ELSE
            EXECUTE format('CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
                           'FOR EACH ROW EXECUTE FUNCTION notify_content_changed()', t);
        END IF;
        EXECUTE format('CREATE TRIGGER content_emptied AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed()', t);
    END LOOP;
END
$$;
