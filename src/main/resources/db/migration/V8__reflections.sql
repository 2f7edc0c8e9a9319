-- Beschouwingen: what a coach reflects on in a phase of a Doetank. Like the route, they are history.
CREATE TABLE reflection (
    id         BIGSERIAL PRIMARY KEY,
    doetank_id BIGINT        NOT NULL REFERENCES doetank (id),
    phase      VARCHAR(20)   NOT NULL,
    author_id  BIGINT        NOT NULL REFERENCES member (id),
    written_at TIMESTAMPTZ   NOT NULL,
    text       VARCHAR(4000) NOT NULL
);
CREATE INDEX reflection_doetank_idx ON reflection (doetank_id, written_at);
CREATE TRIGGER reflection_append_only BEFORE UPDATE OR DELETE ON reflection
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
