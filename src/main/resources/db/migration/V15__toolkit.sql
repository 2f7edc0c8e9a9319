-- The toolkit: werkvormen (working methods) with the phases and questions they help with,
-- template files to download, which Doetanks used which werkvorm in which phase, and the
-- organisations around the network.
CREATE TABLE werkvorm (
    id          BIGSERIAL PRIMARY KEY,
    slug        VARCHAR(80)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    -- One or two plain sentences, shown on cards.
    summary     VARCHAR(300) NOT NULL,
    -- Markdown.
    when_to_use TEXT         NOT NULL,
    steps       TEXT         NOT NULL,
    materials   TEXT,
    -- Short plain texts: "een dagdeel", "3 tot 8 mensen", "Kafkabrigade".
    duration    VARCHAR(100),
    group_size  VARCHAR(100),
    origin      VARCHAR(200),
    -- A printable page the portal makes for this werkvorm.
    printable   VARCHAR(30),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT werkvorm_printable_ck CHECK (printable IN ('GATE_CHECKLIST', 'CUSTOMER_JOURNEY_CANVAS', 'BUSINESS_CASE_SHEET'))
);
CREATE UNIQUE INDEX werkvorm_slug_uk ON werkvorm (slug);
CREATE INDEX werkvorm_name_idx ON werkvorm (name);

-- The phases a werkvorm fits; none means it is about the route as a whole.
CREATE TABLE werkvorm_phase (
    werkvorm_id BIGINT      NOT NULL REFERENCES werkvorm (id) ON DELETE CASCADE,
    phase       VARCHAR(20) NOT NULL,
    PRIMARY KEY (werkvorm_id, phase),
    CONSTRAINT werkvorm_phase_ck CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'))
);
CREATE INDEX werkvorm_phase_phase_idx ON werkvorm_phase (phase, werkvorm_id);

-- The questions of the inspiratiewijzer a werkvorm answers.
CREATE TABLE werkvorm_question (
    werkvorm_id BIGINT      NOT NULL REFERENCES werkvorm (id) ON DELETE CASCADE,
    question    VARCHAR(30) NOT NULL,
    PRIMARY KEY (werkvorm_id, question)
);
CREATE INDEX werkvorm_question_question_idx ON werkvorm_question (question, werkvorm_id);

-- A file to download with a werkvorm; the portal checked its content and chose its name.
CREATE TABLE werkvorm_template (
    id           BIGSERIAL PRIMARY KEY,
    werkvorm_id  BIGINT       NOT NULL REFERENCES werkvorm (id) ON DELETE CASCADE,
    title        VARCHAR(120) NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   INT          NOT NULL,
    bytes        BYTEA        NOT NULL,
    uploaded_by  BIGINT       NOT NULL REFERENCES member (id),
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX werkvorm_template_werkvorm_idx ON werkvorm_template (werkvorm_id);

-- A Doetank's team used a werkvorm in a phase, and says what it did with it.
CREATE TABLE werkvorm_usage (
    id          BIGSERIAL PRIMARY KEY,
    doetank_id  BIGINT      NOT NULL REFERENCES doetank (id) ON DELETE CASCADE,
    werkvorm_id BIGINT      NOT NULL REFERENCES werkvorm (id),
    phase       VARCHAR(20) NOT NULL,
    note        VARCHAR(600),
    recorded_by BIGINT      NOT NULL REFERENCES member (id),
    recorded_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT werkvorm_usage_uk UNIQUE (doetank_id, werkvorm_id, phase),
    CONSTRAINT werkvorm_usage_phase_ck CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'))
);
CREATE INDEX werkvorm_usage_werkvorm_idx ON werkvorm_usage (werkvorm_id, recorded_at DESC, id DESC);
CREATE INDEX werkvorm_usage_phase_idx ON werkvorm_usage (phase, werkvorm_id);

-- Kennissen en partners: the organisations and people around the network.
CREATE TABLE partner (
    id          BIGSERIAL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    -- Markdown.
    description TEXT         NOT NULL,
    url         VARCHAR(300),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT partner_kind_ck CHECK (kind IN ('CONSORTIUM', 'STRATEGISCH', 'KENNIS', 'AMBASSADEUR', 'SUPPORTCOMITE'))
);
CREATE INDEX partner_kind_idx ON partner (kind, name);
