-- A team the trekker can manage (issue 14): a join request names its role and can be
-- withdrawn (INGETROKKEN); the trekker invites a member (UITGENODIGD), who accepts (ACTIEF)
-- or declines (AFGESLAGEN); people without an account are listed as guests.
ALTER TABLE membership DROP CONSTRAINT membership_state_ck;
ALTER TABLE membership ADD CONSTRAINT membership_state_ck
    CHECK (state IN ('AANGEVRAAGD', 'ACTIEF', 'AFGEWEZEN', 'BEEINDIGD', 'INGETROKKEN', 'UITGENODIGD', 'AFGESLAGEN'));

-- Who invited this person (null for a join request and for the founders).
ALTER TABLE membership ADD COLUMN invited_by_id BIGINT REFERENCES member (id);
CREATE INDEX membership_invited_by_idx ON membership (invited_by_id) WHERE invited_by_id IS NOT NULL;

-- One open request, open invitation or current membership per person and role in a Doetank.
DROP INDEX membership_current_uk;
CREATE UNIQUE INDEX membership_current_uk ON membership (doetank_id, member_id, role)
    WHERE state IN ('AANGEVRAAGD', 'ACTIEF', 'UITGENODIGD');
-- The invitations waiting for one member (the /mijn page and the invitation page).
CREATE INDEX membership_invited_idx ON membership (member_id) WHERE state = 'UITGENODIGD';

-- People in a team who will never log in: a director who is the real opdrachtgever, a
-- citizen as eindgebruiker. Recorded by the trekker (or a coach); personal data, see the
-- privacy statement. Not members: nothing of a member's account points here.
CREATE TABLE team_guest (
    id           BIGSERIAL PRIMARY KEY,
    doetank_id   BIGINT       NOT NULL REFERENCES doetank (id) ON DELETE CASCADE,
    name         VARCHAR(120) NOT NULL,
    organisation VARCHAR(160),
    role         VARCHAR(20)  NOT NULL,
    added_by_id  BIGINT       REFERENCES member (id),
    added_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version      BIGINT       NOT NULL DEFAULT 0,
    -- Every role the enum has (EnumColumnsTest); the portal itself never lists a guest as
    -- trekker or coach (TeamGuest refuses it: those act on the portal).
    CONSTRAINT team_guest_role_ck CHECK (role IN ('TREKKER', 'LID', 'COACH', 'OPDRACHTGEVER', 'SUPPORTER', 'EINDGEBRUIKER', 'PROBLEEMEIGENAAR'))
);
CREATE INDEX team_guest_doetank_idx ON team_guest (doetank_id);
-- The same person in the same role once per team, also when a form is sent twice at once.
CREATE UNIQUE INDEX team_guest_name_uk ON team_guest (doetank_id, lower(name), role);
CREATE INDEX team_guest_added_by_idx ON team_guest (added_by_id) WHERE added_by_id IS NOT NULL;
