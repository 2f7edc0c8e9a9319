-- Indexes for the foreign keys that rows are looked up or deleted through; PostgreSQL does
-- not make them itself. ForeignKeyIndexesTest checks every foreign key has one, and lists
-- the few that need none (who recorded or changed something) with the reason.

-- Every request of a Doetank, answered or not (the open ones have a partial index), and
-- what deleting a Doetank checks.
CREATE INDEX IF NOT EXISTS gate_review_request_doetank_idx ON gate_review_request (doetank_id);

-- The posts that use a picture: checked whenever a picture is served, and by the hourly
-- cleanup that deletes pictures no post uses.
CREATE INDEX IF NOT EXISTS post_cover_image_idx ON post (cover_image_id) WHERE cover_image_id IS NOT NULL;

-- A writer's own concepts and scheduled posts.
CREATE INDEX IF NOT EXISTS post_author_idx ON post (author_id);

-- The event a post reports on; the link is cleared when the post is deleted.
CREATE INDEX IF NOT EXISTS event_report_post_idx ON event (report_post_id) WHERE report_post_id IS NOT NULL;
