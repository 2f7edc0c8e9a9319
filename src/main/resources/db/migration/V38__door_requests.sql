-- A team asks a supporter to open a door ("Kunt u ons bij de directeur-generaal
-- binnenbrengen?"): to whom, why, by when. The supporter asked is a SUPPORTER of the
-- Doetank's team, or the network's supportcomité (supporter_id NULL): the portal keeps no
-- list of the committee's people, so its requests go to the beheerders, who pass them on
-- and record the answer. The supporter answers: GEOPEND (with what happened),
-- NIET_MOGELIJK (with the reason) or BEZIG; the asker may withdraw an open request
-- (INGETROKKEN); an open request to someone who deleted their account lapses (VERVALLEN).
CREATE TABLE door_request (
    id             BIGSERIAL PRIMARY KEY,
    doetank_id     BIGINT        NOT NULL REFERENCES doetank (id),
    asked_by_id    BIGINT        NOT NULL REFERENCES member (id),
    supporter_id   BIGINT        REFERENCES member (id),
    to_whom        VARCHAR(200)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    wanted_by      DATE          NOT NULL,
    state          VARCHAR(20)   NOT NULL
        CHECK (state IN ('OPEN', 'BEZIG', 'GEOPEND', 'NIET_MOGELIJK', 'INGETROKKEN', 'VERVALLEN')),
    answer         VARCHAR(1000),
    answered_by_id BIGINT        REFERENCES member (id),
    asked_at       TIMESTAMPTZ   NOT NULL,
    answered_at    TIMESTAMPTZ
);
-- The Doetank page and its timeline: the requests of one Doetank.
CREATE INDEX door_request_doetank_idx ON door_request (doetank_id, asked_at);
CREATE INDEX door_request_asked_by_idx ON door_request (asked_by_id);
-- "Wacht op mij" of a supporter: their open requests.
CREATE INDEX door_request_supporter_idx ON door_request (supporter_id);
CREATE INDEX door_request_answered_by_idx ON door_request (answered_by_id) WHERE answered_by_id IS NOT NULL;
-- The same request sent twice (a double click, two tabs) is kept once while it is open.
CREATE UNIQUE INDEX door_request_once_uk ON door_request (doetank_id, asked_by_id, COALESCE(supporter_id, 0), lower(to_whom))
    WHERE state IN ('OPEN', 'BEZIG');
