-- Every instance keeps a cache of pages as anonymous visitors see them (shared/pagecache).
-- A transaction that writes a table whose rows pages show sends one notification on the
-- channel 'clubhuis_content' when it commits (PostgreSQL folds repeats within a transaction);
-- every instance LISTENs and empties its cache. Tables that no page shows and that change
-- all the time (sessions, locks, counters, mail and notification bookkeeping) have no trigger.
-- A new table gets the trigger in its own migration: PageCacheTriggersTest lists the exceptions.
CREATE FUNCTION notify_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('clubhuis_content', '');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN
        SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema()
          AND tablename NOT IN ('flyway_schema_history', 'spring_session', 'spring_session_attributes', 'shedlock',
                                'rate_limit_bucket', 'login_throttle', 'account_token', 'audit_entry',
                                'notification', 'notification_digest', 'notification_secret',
                                'contact_message')
    LOOP
        EXECUTE format('CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed()', t);
    END LOOP;
END
$$;
