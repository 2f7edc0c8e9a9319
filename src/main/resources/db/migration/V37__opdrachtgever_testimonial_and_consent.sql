-- What the opdrachtgever says once the result is there (method: "testimonial, evaluates,
-- implements"): a short quote and a judgement of the result (is it put into practice,
-- partly, or not), one per opdrachtgever per Doetank, kept up to date by its writer.
CREATE TABLE opdrachtgever_testimonial (
    id          BIGSERIAL PRIMARY KEY,
    doetank_id  BIGINT        NOT NULL REFERENCES doetank (id),
    author_id   BIGINT        NOT NULL REFERENCES member (id),
    quote       VARCHAR(600)  NOT NULL,
    outcome     VARCHAR(20)   NOT NULL
        CONSTRAINT opdrachtgever_testimonial_outcome_ck CHECK (outcome IN ('INGEVOERD', 'DEELS', 'NIET')),
    evaluation  VARCHAR(3000) NOT NULL,
    written_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT opdrachtgever_testimonial_once_uk UNIQUE (doetank_id, author_id)
);
CREATE INDEX opdrachtgever_testimonial_author_idx ON opdrachtgever_testimonial (author_id);
-- /cijfers: testimonials per year.
CREATE INDEX opdrachtgever_testimonial_written_idx ON opdrachtgever_testimonial (written_at DESC, id DESC);

-- An eindgebruiker's consent to an experiment, recorded while the Doetank experiments:
-- a member of the team with the role eindgebruiker, or a person in the team without an
-- account (team_guest; the name is kept, so the consent stays readable when the guest is
-- taken off the team list).
CREATE TABLE eindgebruiker_consent (
    id             BIGSERIAL PRIMARY KEY,
    doetank_id     BIGINT       NOT NULL REFERENCES doetank (id),
    member_id      BIGINT       REFERENCES member (id),
    guest_id       BIGINT       REFERENCES team_guest (id) ON DELETE SET NULL,
    guest_name     VARCHAR(200),
    experiment     VARCHAR(300) NOT NULL,
    given_on       DATE         NOT NULL,
    recorded_by_id BIGINT       NOT NULL REFERENCES member (id),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT eindgebruiker_consent_who_ck CHECK ((member_id IS NULL) <> (guest_name IS NULL)),
    -- The same consent sent twice (a double click, two tabs) is kept once.
    CONSTRAINT eindgebruiker_consent_once_uk
        UNIQUE NULLS NOT DISTINCT (doetank_id, member_id, guest_name, experiment, given_on)
);
CREATE INDEX eindgebruiker_consent_member_idx ON eindgebruiker_consent (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX eindgebruiker_consent_guest_idx ON eindgebruiker_consent (guest_id) WHERE guest_id IS NOT NULL;
CREATE INDEX eindgebruiker_consent_recorded_by_idx ON eindgebruiker_consent (recorded_by_id);
