-- /doetanks lists public Doetanks by status, then title.
CREATE INDEX doetank_status_title_idx ON doetank (status, title);
