-- Lists show the newest published posts first (ties by id): indexes in that exact order let
-- PostgreSQL read only the first rows of a page, also when a list combines kinds.
DROP INDEX post_published_idx;
CREATE INDEX post_published_idx ON post (kind, publish_at DESC, id DESC) WHERE status = 'GEPUBLICEERD';
CREATE INDEX post_published_order_idx ON post (publish_at DESC, id DESC) WHERE status = 'GEPUBLICEERD';
DROP INDEX post_doetank_idx;
CREATE INDEX post_doetank_idx ON post (doetank_id, publish_at DESC, id DESC) WHERE doetank_id IS NOT NULL;
