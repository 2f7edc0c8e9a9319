-- A member's unread notifications show on every page they open; each instance keeps that
-- number per member (shared/pagecache, MemberContent). A transaction that adds, reads or
-- removes a member's notifications tells every instance, on commit, which members to forget
-- (PostgreSQL folds repeats of one member within a transaction). Other tables still empty
-- every cache with an empty payload (V60); emptying a whole table does that here too.
CREATE FUNCTION notify_member_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('clubhuis_content', 'member:' || OLD.member_id);
    ELSE
        PERFORM pg_notify('clubhuis_content', 'member:' || NEW.member_id);
        IF TG_OP = 'UPDATE' AND OLD.member_id <> NEW.member_id THEN
            PERFORM pg_notify('clubhuis_content', 'member:' || OLD.member_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER member_content_changed AFTER INSERT OR UPDATE OR DELETE ON notification
    FOR EACH ROW EXECUTE FUNCTION notify_member_content_changed();

CREATE TRIGGER member_content_emptied AFTER TRUNCATE ON notification
    FOR EACH STATEMENT EXECUTE FUNCTION notify_content_changed();
