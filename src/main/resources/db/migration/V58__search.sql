-- Search (/zoeken): one generated, weighted Dutch text vector per searchable table (title A,
-- the rest B) with a GIN index, and trigram indexes on titles for "Bedoelde je".
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE doetank ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(vraagstuk, '') || ' ' || coalesce(ambition, '') || ' '
        || coalesce(result, '') || ' ' || coalesce(lessons, '')), 'B')) STORED;
CREATE INDEX doetank_search_idx ON doetank USING GIN (search_vector);

ALTER TABLE post ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'B')) STORED;
CREATE INDEX post_search_idx ON post USING GIN (search_vector);

ALTER TABLE question ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'B')) STORED;
CREATE INDEX question_search_idx ON question USING GIN (search_vector);

ALTER TABLE answer ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'B')) STORED;
CREATE INDEX answer_search_idx ON answer USING GIN (search_vector);

ALTER TABLE event ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(description, '')), 'B')) STORED;
CREATE INDEX event_search_idx ON event USING GIN (search_vector);

CREATE INDEX doetank_title_trgm_idx ON doetank USING GIN (title gin_trgm_ops);
CREATE INDEX post_title_trgm_idx ON post USING GIN (title gin_trgm_ops);
CREATE INDEX question_title_trgm_idx ON question USING GIN (title gin_trgm_ops);
