-- At adopteren the team records who really decides, and on which terms (the lesson of 2013: the
-- opdrachtgever at the table often could not decide).
CREATE TABLE adoption_agreement (
    id                 BIGSERIAL PRIMARY KEY,
    doetank_id         BIGINT        NOT NULL REFERENCES doetank (id),
    decision_maker     VARCHAR(200)  NOT NULL,
    opdrachtgever      VARCHAR(200),
    conditions         VARCHAR(2000) NOT NULL,
    rules              VARCHAR(2000),
    feedback_moments   VARCHAR(2000),
    updated_by_id      BIGINT        NOT NULL REFERENCES member (id),
    updated_at         TIMESTAMPTZ   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT adoption_agreement_doetank_uk UNIQUE (doetank_id)
);

-- A small business case that grows across the phases: costs and benefits in money, time and quality.
CREATE TABLE business_case_line (
    id          BIGSERIAL PRIMARY KEY,
    doetank_id  BIGINT        NOT NULL REFERENCES doetank (id),
    phase       VARCHAR(20)   NOT NULL,
    side        VARCHAR(10)   NOT NULL,
    dimension   VARCHAR(12)   NOT NULL,
    description VARCHAR(500)  NOT NULL,
    amount      VARCHAR(60),
    added_by_id BIGINT        NOT NULL REFERENCES member (id),
    added_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT business_case_side_ck CHECK (side IN ('KOSTEN', 'BATEN')),
    CONSTRAINT business_case_dimension_ck CHECK (dimension IN ('GELD', 'TIJD', 'KWALITEIT'))
);
CREATE INDEX business_case_line_doetank_idx ON business_case_line (doetank_id, added_at);
