-- A werkvorm the network no longer recommends (it did not work, a better one came) leaves the
-- toolkit's lists, the inspiratiewijzer and the gatekeepers-overleg's suggestions, but keeps
-- its page, with the redactie's word why, for the Doetanks that used it.
ALTER TABLE werkvorm ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE werkvorm ADD COLUMN retired_note VARCHAR(500);
