-- Beheer: when a member last logged in, which accounts are blocked, and the logboek.
ALTER TABLE member ADD COLUMN last_login_at TIMESTAMPTZ;
-- A blocked member cannot log in; what they wrote stays.
ALTER TABLE member ADD COLUMN blocked_at TIMESTAMPTZ;

-- The logboek: who did what, when, about whom or which Doetank. Only appended to; the
-- links to a member or Doetank become NULL when that row goes (an erased member), so the
-- fact stays without the name. The detail is a role or an action code, never a name.
CREATE TABLE audit_entry (
    id          BIGSERIAL   PRIMARY KEY,
    recorded_at TIMESTAMPTZ NOT NULL,
    kind        VARCHAR(30) NOT NULL CHECK (kind IN ('ROLE_GRANTED', 'ROLE_REVOKED', 'BLOCKED', 'UNBLOCKED',
                                                     'ERASED', 'STEPPED_IN')),
    actor_id    BIGINT      REFERENCES member (id) ON DELETE SET NULL,
    member_id   BIGINT      REFERENCES member (id) ON DELETE SET NULL,
    doetank_id  BIGINT      REFERENCES doetank (id) ON DELETE SET NULL,
    detail      VARCHAR(60)
);
-- Newest first, filtered by person (who did it or whom it was about), and the set-null on
-- deleting a member or a Doetank.
CREATE INDEX audit_entry_recent_idx ON audit_entry (recorded_at DESC, id DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, recorded_at DESC);
CREATE INDEX audit_entry_member_idx ON audit_entry (member_id, recorded_at DESC);
CREATE INDEX audit_entry_doetank_idx ON audit_entry (doetank_id);

-- Append-only: the database refuses to delete or rewrite an entry. The one change it
-- allows is a link to a member or Doetank becoming NULL (ON DELETE SET NULL above).
CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'the logboek is append-only: DELETE is not allowed';
    END IF;
    IF NEW.id <> OLD.id OR NEW.recorded_at <> OLD.recorded_at OR NEW.kind <> OLD.kind
            OR NEW.detail IS DISTINCT FROM OLD.detail
            OR (NEW.actor_id IS NOT NULL AND NEW.actor_id IS DISTINCT FROM OLD.actor_id)
            OR (NEW.member_id IS NOT NULL AND NEW.member_id IS DISTINCT FROM OLD.member_id)
            OR (NEW.doetank_id IS NOT NULL AND NEW.doetank_id IS DISTINCT FROM OLD.doetank_id) THEN
        RAISE EXCEPTION 'the logboek is append-only: only a link may be cleared';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
