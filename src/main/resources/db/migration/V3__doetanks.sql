CREATE TABLE doetank (
    id             BIGSERIAL PRIMARY KEY,
    slug           VARCHAR(90)   NOT NULL,
    title          VARCHAR(120)  NOT NULL,
    vraagstuk      VARCHAR(2000) NOT NULL,
    ambition       VARCHAR(2000),
    theme          VARCHAR(40)   NOT NULL,
    organisations  VARCHAR(200)[] NOT NULL DEFAULT '{}',
    looking_for    VARCHAR(40)[]  NOT NULL DEFAULT '{}',
    looking_for_note VARCHAR(500),
    phase          VARCHAR(20),
    status         VARCHAR(20)   NOT NULL,
    start_date     DATE,
    typology       VARCHAR(40),
    urgency        VARCHAR(40),
    result         VARCHAR(4000),
    stop_reason    VARCHAR(2000),
    lessons        VARCHAR(4000),
    decline_reason VARCHAR(2000),
    diffusietank   BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT doetank_slug_uk UNIQUE (slug),
    CONSTRAINT doetank_status_ck CHECK (status IN ('VOORSTEL', 'AFGEWEZEN', 'ACTIEF', 'AFGEROND', 'GESTOPT')),
    CONSTRAINT doetank_phase_ck CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN')),
    CONSTRAINT doetank_stopped_has_reason_ck CHECK (status <> 'GESTOPT' OR (stop_reason IS NOT NULL AND lessons IS NOT NULL))
);
CREATE INDEX doetank_status_phase_idx ON doetank (status, phase);
CREATE INDEX doetank_theme_idx ON doetank (theme);
CREATE INDEX doetank_looking_for_idx ON doetank USING gin (looking_for);

CREATE TABLE membership (
    id            BIGSERIAL PRIMARY KEY,
    doetank_id    BIGINT       NOT NULL REFERENCES doetank (id) ON DELETE CASCADE,
    member_id     BIGINT       NOT NULL REFERENCES member (id),
    role          VARCHAR(20)  NOT NULL,
    ring          VARCHAR(10)  NOT NULL DEFAULT 'KERN',
    state         VARCHAR(20)  NOT NULL,
    motivation    VARCHAR(1000),
    decision_note VARCHAR(1000),
    requested_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decided_at    TIMESTAMPTZ,
    decided_by_id BIGINT REFERENCES member (id),
    since         DATE,
    until         DATE,
    CONSTRAINT membership_role_ck CHECK (role IN ('TREKKER', 'LID', 'COACH', 'OPDRACHTGEVER', 'SUPPORTER', 'EINDGEBRUIKER', 'PROBLEEMEIGENAAR')),
    CONSTRAINT membership_state_ck CHECK (state IN ('AANGEVRAAGD', 'ACTIEF', 'AFGEWEZEN', 'BEEINDIGD')),
    CONSTRAINT membership_ring_ck CHECK (ring IN ('KERN', 'SCHIL'))
);
-- One open request or current membership per person and role in a Doetank.
CREATE UNIQUE INDEX membership_current_uk ON membership (doetank_id, member_id, role)
    WHERE state IN ('AANGEVRAAGD', 'ACTIEF');
CREATE INDEX membership_doetank_idx ON membership (doetank_id);
CREATE INDEX membership_member_idx ON membership (member_id);
