-- The Doetank route: the gatekeepers-overleg (gate review), its checklist, and the phase transitions
-- it writes. Transitions and reviews are history: they are appended, never changed.

-- The checklist per phase is data, so the network can refine it without a release. A review keeps
-- the text of each question as it was asked, so refining the list never rewrites old reviews.
CREATE TABLE gate_checklist_item (
    id       BIGSERIAL PRIMARY KEY,
    phase    VARCHAR(20)  NOT NULL,
    position INT          NOT NULL,
    kind     VARCHAR(12)  NOT NULL,
    text_nl  VARCHAR(500) NOT NULL,
    text_en  VARCHAR(500) NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT gate_checklist_item_kind_ck CHECK (kind IN ('CHECKPUNT', 'HULPVRAAG')),
    CONSTRAINT gate_checklist_item_phase_ck CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'))
);
CREATE INDEX gate_checklist_item_phase_idx ON gate_checklist_item (phase, position);

CREATE TABLE gate_review_request (
    id              BIGSERIAL PRIMARY KEY,
    doetank_id      BIGINT        NOT NULL REFERENCES doetank (id),
    phase           VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000),
    requested_by_id BIGINT        NOT NULL REFERENCES member (id),
    requested_at    TIMESTAMPTZ   NOT NULL,
    answered_at     TIMESTAMPTZ
);
CREATE INDEX gate_review_request_open_idx ON gate_review_request (doetank_id) WHERE answered_at IS NULL;

CREATE TABLE gate_review (
    id             BIGSERIAL PRIMARY KEY,
    doetank_id     BIGINT        NOT NULL REFERENCES doetank (id),
    phase          VARCHAR(20)   NOT NULL,
    held_on        DATE          NOT NULL,
    decision       VARCHAR(20)   NOT NULL,
    reflection     VARCHAR(4000) NOT NULL,
    agreed_actions VARCHAR(2000),
    back_to_phase  VARCHAR(20),
    new_vraagstuk  VARCHAR(2000),
    stop_reason    VARCHAR(2000),
    lessons        VARCHAR(4000),
    recorded_by_id BIGINT        NOT NULL REFERENCES member (id),
    recorded_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT gate_review_decision_ck CHECK (decision IN ('DOOR', 'BLIJVEN', 'HERFORMULEREN', 'STOPPEN', 'AFRONDEN')),
    CONSTRAINT gate_review_stop_ck CHECK (decision <> 'STOPPEN' OR (stop_reason IS NOT NULL AND lessons IS NOT NULL)),
    CONSTRAINT gate_review_back_ck CHECK (decision <> 'HERFORMULEREN' OR (back_to_phase IS NOT NULL AND new_vraagstuk IS NOT NULL))
);
CREATE INDEX gate_review_doetank_idx ON gate_review (doetank_id, held_on);

CREATE TABLE gate_review_coach (
    gate_review_id BIGINT NOT NULL REFERENCES gate_review (id),
    member_id      BIGINT NOT NULL REFERENCES member (id),
    PRIMARY KEY (gate_review_id, member_id)
);

CREATE TABLE gate_review_answer (
    id             BIGSERIAL PRIMARY KEY,
    gate_review_id BIGINT        NOT NULL REFERENCES gate_review (id),
    position       INT           NOT NULL,
    question       VARCHAR(500)  NOT NULL,
    answer         VARCHAR(10)   NOT NULL,
    remark         VARCHAR(1000),
    CONSTRAINT gate_review_answer_ck CHECK (answer IN ('JA', 'NOG_NIET', 'NVT'))
);
CREATE INDEX gate_review_answer_review_idx ON gate_review_answer (gate_review_id);

CREATE TABLE phase_transition (
    id             BIGSERIAL PRIMARY KEY,
    doetank_id     BIGINT       NOT NULL REFERENCES doetank (id),
    kind           VARCHAR(20)  NOT NULL,
    from_phase     VARCHAR(20),
    to_phase       VARCHAR(20)  NOT NULL,
    to_status      VARCHAR(20)  NOT NULL,
    happened_at    TIMESTAMPTZ  NOT NULL,
    by_member_id   BIGINT REFERENCES member (id),
    gate_review_id BIGINT REFERENCES gate_review (id),
    CONSTRAINT phase_transition_kind_ck CHECK (kind IN ('INTAKE', 'DOOR', 'BLIJVEN', 'HERFORMULEREN', 'STOPPEN', 'AFRONDEN'))
);
CREATE INDEX phase_transition_doetank_idx ON phase_transition (doetank_id, happened_at);

-- History is append-only: the database itself refuses to change or remove it.
CREATE FUNCTION refuse_history_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the route of a Doetank is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER phase_transition_append_only BEFORE UPDATE OR DELETE ON phase_transition
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER gate_review_append_only BEFORE UPDATE OR DELETE ON gate_review
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER gate_review_answer_append_only BEFORE UPDATE OR DELETE ON gate_review_answer
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
