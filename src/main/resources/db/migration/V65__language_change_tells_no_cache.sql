-- A member's language (`member.locale`) is read only when the portal mails them; every page
-- takes its language from the request. So choosing another language (`?lang=en`), like
-- logging in (V64), no longer empties every cache on every instance.
DROP TRIGGER content_updated ON member;
CREATE TRIGGER content_updated AFTER UPDATE ON member FOR EACH ROW
    WHEN (to_jsonb(OLD) - 'last_login_at' - 'locale' IS DISTINCT FROM to_jsonb(NEW) - 'last_login_at' - 'locale')
    EXECUTE FUNCTION notify_content_changed();
