-- Questions to the network, as the LinkedIn group was: a member asks, colleagues answer,
-- and comment on an answer; the asker (or a redacteur) marks the answer that helped.
-- submission is the form's one-time token: a double submit finds the row already there.
-- hidden_at/hidden_reason: the redactie hid it (gone for everyone but the redactie and
-- its author, who reads why).
CREATE TABLE question (
    id                 BIGSERIAL PRIMARY KEY,
    submission         UUID         NOT NULL,
    asker_id           BIGINT       NOT NULL REFERENCES member (id),
    title              VARCHAR(200) NOT NULL,
    slug               VARCHAR(100) NOT NULL,
    body               TEXT         NOT NULL,
    doetank_id         BIGINT       REFERENCES doetank (id),
    phase              VARCHAR(20)  CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN',
        'EVALUEREN', 'VERBREDEN')),
    became_doetank_id  BIGINT       REFERENCES doetank (id),
    accepted_answer_id BIGINT,
    asked_at           TIMESTAMPTZ  NOT NULL,
    hidden_at          TIMESTAMPTZ,
    hidden_reason      VARCHAR(500),
    CONSTRAINT question_submission_uk UNIQUE (submission)
);
CREATE INDEX question_asked_idx ON question (asked_at DESC, id DESC);
CREATE INDEX question_asker_idx ON question (asker_id);
CREATE INDEX question_doetank_idx ON question (doetank_id) WHERE doetank_id IS NOT NULL;
CREATE INDEX question_became_idx ON question (became_doetank_id) WHERE became_doetank_id IS NOT NULL;

CREATE TABLE question_expertise (
    question_id  BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    expertise_id BIGINT NOT NULL REFERENCES expertise (id),
    PRIMARY KEY (question_id, expertise_id)
);
CREATE INDEX question_expertise_term_idx ON question_expertise (expertise_id);

CREATE TABLE answer (
    id            BIGSERIAL PRIMARY KEY,
    submission    UUID        NOT NULL,
    question_id   BIGINT      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    author_id     BIGINT      NOT NULL REFERENCES member (id),
    body          TEXT        NOT NULL,
    written_at    TIMESTAMPTZ NOT NULL,
    hidden_at     TIMESTAMPTZ,
    hidden_reason VARCHAR(500),
    CONSTRAINT answer_submission_uk UNIQUE (submission)
);
CREATE INDEX answer_question_idx ON answer (question_id, written_at, id);
CREATE INDEX answer_author_idx ON answer (author_id);

ALTER TABLE question ADD CONSTRAINT question_accepted_answer_fk
    FOREIGN KEY (accepted_answer_id) REFERENCES answer (id) ON DELETE SET NULL;
CREATE INDEX question_accepted_idx ON question (accepted_answer_id) WHERE accepted_answer_id IS NOT NULL;

CREATE TABLE answer_comment (
    id            BIGSERIAL PRIMARY KEY,
    submission    UUID          NOT NULL,
    answer_id     BIGINT        NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    author_id     BIGINT        NOT NULL REFERENCES member (id),
    body          VARCHAR(1000) NOT NULL,
    written_at    TIMESTAMPTZ   NOT NULL,
    hidden_at     TIMESTAMPTZ,
    hidden_reason VARCHAR(500),
    CONSTRAINT answer_comment_submission_uk UNIQUE (answer_id, submission)
);
CREATE INDEX answer_comment_answer_idx ON answer_comment (answer_id, written_at, id);
CREATE INDEX answer_comment_author_idx ON answer_comment (author_id);
