-- /doetanks/lessen (and other lists of Doetanks in one status, most recently changed first)
-- reads the first rows of the index instead of sorting every Doetank in that status, whose
-- wide rows (vraagstuk, lessons) made the sort the most expensive part of the page.
CREATE INDEX doetank_status_updated_idx ON doetank (status, updated_at DESC, title);
