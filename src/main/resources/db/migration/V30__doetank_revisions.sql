-- Doetank pages that stay current: every save of a Doetank's description is a revision
-- (who, when, which fields with their old and new values), a proposal can be withdrawn,
-- and the same proposal cannot be brought in twice.

CREATE TABLE doetank_revision (
    id         BIGSERIAL PRIMARY KEY,
    doetank_id BIGINT      NOT NULL REFERENCES doetank (id) ON DELETE CASCADE,
    -- Who saved; NULL once that member erased their account ("voormalig lid").
    author_id  BIGINT      REFERENCES member (id),
    at         TIMESTAMPTZ NOT NULL,
    cause      VARCHAR(20) NOT NULL,
    -- [{"field": "title", "old": "...", "new": "..."}, ...]: only the fields that changed.
    changes    JSONB       NOT NULL,
    CONSTRAINT doetank_revision_cause_ck CHECK (cause IN ('BEWERKING', 'HERFORMULEREN', 'INGETROKKEN', 'OPNIEUW_INGEBRACHT'))
);
CREATE INDEX doetank_revision_doetank_idx ON doetank_revision (doetank_id, at DESC, id DESC);
CREATE INDEX doetank_revision_author_idx ON doetank_revision (author_id);

-- A proposal the author withdrew before intake.
ALTER TABLE doetank DROP CONSTRAINT doetank_status_ck;
ALTER TABLE doetank ADD CONSTRAINT doetank_status_ck
    CHECK (status IN ('VOORSTEL', 'AFGEWEZEN', 'INGETROKKEN', 'ACTIEF', 'AFGEROND', 'GESTOPT'));

-- Who brought the vraagstuk in, so the database itself refuses the same open proposal
-- twice (a double click, two tabs): one waiting proposal per author and title.
ALTER TABLE doetank ADD COLUMN proposed_by_id BIGINT REFERENCES member (id);
UPDATE doetank d SET proposed_by_id = (
    SELECT m.member_id FROM membership m
    WHERE m.doetank_id = d.id AND m.role = 'TREKKER' ORDER BY m.id LIMIT 1);
CREATE INDEX doetank_proposed_by_idx ON doetank (proposed_by_id);
CREATE UNIQUE INDEX doetank_open_proposal_uk ON doetank (proposed_by_id, lower(title))
    WHERE status = 'VOORSTEL';

-- The route's transitions store a DoetankStatus too; keep their list in step with it.
ALTER TABLE phase_transition DROP CONSTRAINT phase_transition_to_status_ck;
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_to_status_ck
    CHECK (to_status IN ('VOORSTEL', 'AFGEWEZEN', 'INGETROKKEN', 'ACTIEF', 'AFGEROND', 'GESTOPT'));
