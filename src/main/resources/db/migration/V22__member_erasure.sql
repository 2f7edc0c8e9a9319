-- A member who deleted their account keeps a row, so what they wrote and the route records
-- they are named in still point somewhere; the row itself holds nothing personal any more
-- (name "voormalig lid", an e-mail address that cannot receive mail, no organisation, no
-- roles, a password hash of a secret nobody knows). erased_at says when.
ALTER TABLE member ADD COLUMN erased_at TIMESTAMPTZ;
