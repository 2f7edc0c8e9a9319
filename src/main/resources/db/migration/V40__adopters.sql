-- Adopters (diffusion, phase 5 "verbreden"): an organisation that takes up the result of a
-- Doetank in VERBREDEN or one that finished its route. Any member may record one for their
-- organisation; the one who recorded it corrects it, a trekker or a beheerder removes a
-- wrong one. The contact is a name, or a member (contact_member_id: the page links the
-- profile, never an address); after that member's erasure both are empty.
CREATE TABLE adopter (
    id                BIGSERIAL PRIMARY KEY,
    doetank_id        BIGINT        NOT NULL REFERENCES doetank (id),
    organisation      VARCHAR(160)  NOT NULL,
    taken_up          VARCHAR(1000) NOT NULL,
    adopted_since     DATE          NOT NULL,
    contact_name      VARCHAR(120),
    contact_member_id BIGINT        REFERENCES member (id),
    recorded_by_id    BIGINT        NOT NULL REFERENCES member (id),
    recorded_at       TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);
-- One organisation once per Doetank: the same report sent twice (a double click, two tabs)
-- is kept once. Also the Doetank page's list, by organisation.
CREATE UNIQUE INDEX adopter_once_uk ON adopter (doetank_id, lower(organisation));
CREATE INDEX adopter_contact_member_idx ON adopter (contact_member_id) WHERE contact_member_id IS NOT NULL;
CREATE INDEX adopter_recorded_by_idx ON adopter (recorded_by_id);

-- How many adopters a Doetank has, kept by the route module through the doetank module's
-- API in the same transaction, so /doetanks filters on "overgenomen elders" in its one query.
ALTER TABLE doetank ADD COLUMN adopter_count INTEGER NOT NULL DEFAULT 0 CONSTRAINT doetank_adopter_count_ck CHECK (adopter_count >= 0);
CREATE INDEX doetank_adopted_idx ON doetank (status, title) WHERE adopter_count > 0;
