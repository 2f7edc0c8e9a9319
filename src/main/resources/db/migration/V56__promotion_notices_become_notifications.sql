-- A move up from the waiting list is now a PLACE_OFFERED notification (with its count in
-- the header and the member's mail choice), no longer a notice on every page until the
-- member says they saw it: the flag and its index go.
DROP INDEX IF EXISTS event_registration_unseen_idx;
ALTER TABLE event_registration DROP COLUMN promotion_unseen;
