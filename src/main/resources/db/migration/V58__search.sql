-- Search (/zoeken, and the text filter on /doetanks and /doetanks/lessen): one generated,
-- weighted Dutch text vector per searchable text (title A, the rest B) with a GIN index,
-- kept current by the database; trigram indexes on titles and names for "Bedoelde je".
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string is only STABLE in general; for a varchar[] it cannot change, and a
-- generated column needs an IMMUTABLE expression.
CREATE FUNCTION search_words(words varchar[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce(array_to_string(words, ' '), '') $$;

-- What someone typed, in web search syntax ("a phrase", -leave out, or), as a Dutch query
-- that also finds the word forms the Dutch stemmer keeps apart: each word of five letters
-- or more matches as a prefix, after a plural -es or a verb's -er, -eert or -eerd is taken
-- off, so "gemeentes" finds "gemeente" and "experimenten" finds "experimenteren" (and back).
-- IMMUTABLE like websearch_to_tsquery(regconfig, text) and regexp_replace: PostgreSQL then
-- works it out once per statement instead of once per row.
CREATE FUNCTION dutch_query(words text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT regexp_replace(
         regexp_replace(websearch_to_tsquery('dutch', words)::text,
                        '''([[:alpha:]]{5,})(eerd|eert|er|es)''', '''\1''', 'g'),
         '''([[:alpha:]]{5,})''', '''\1'':*', 'g')::tsquery
$$;

ALTER TABLE doetank ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(vraagstuk, '') || ' ' || coalesce(ambition, '') || ' '
        || coalesce(result, '') || ' ' || search_words(organisations)), 'B')) STORED;
CREATE INDEX doetank_search_idx ON doetank USING GIN (search_vector);

-- Why a Doetank stopped and what it learnt: found as a lesson (kind 'les'), not as the Doetank.
ALTER TABLE doetank ADD COLUMN lessons_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(stop_reason, '') || ' ' || coalesce(lessons, '')), 'B')) STORED;
CREATE INDEX doetank_lessons_search_idx ON doetank USING GIN (lessons_vector);

ALTER TABLE opdrachtgever_testimonial ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(quote, '') || ' ' || coalesce(outcome, '') || ' '
        || coalesce(evaluation, '')), 'B')) STORED;
CREATE INDEX opdrachtgever_testimonial_search_idx ON opdrachtgever_testimonial USING GIN (search_vector);

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

ALTER TABLE werkvorm ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(name, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '') || ' ' || coalesce(when_to_use, '') || ' '
        || coalesce(steps, '')), 'B')) STORED;
CREATE INDEX werkvorm_search_idx ON werkvorm USING GIN (search_vector);

ALTER TABLE partner ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(name, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(description, '')), 'B')) STORED;
CREATE INDEX partner_search_idx ON partner USING GIN (search_vector);

ALTER TABLE document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A')) STORED;
CREATE INDEX document_search_idx ON document USING GIN (search_vector);

-- A profile: name first; a bio the redactie hid is not searchable.
ALTER TABLE member ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(name, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(job_title, '') || ' ' || coalesce(organisation, '') || ' '
        || CASE WHEN bio_hidden_at IS NULL THEN coalesce(bio, '') ELSE '' END), 'B')) STORED;
CREATE INDEX member_search_idx ON member USING GIN (search_vector);

CREATE INDEX doetank_title_trgm_idx ON doetank USING GIN (title gin_trgm_ops);
CREATE INDEX post_title_trgm_idx ON post USING GIN (title gin_trgm_ops);
CREATE INDEX question_title_trgm_idx ON question USING GIN (title gin_trgm_ops);
CREATE INDEX werkvorm_name_trgm_idx ON werkvorm USING GIN (name gin_trgm_ops);
CREATE INDEX event_title_trgm_idx ON event USING GIN (title gin_trgm_ops);

-- The text filter of /doetanks and /doetanks/lessen (DoetankFilter): does this Doetank's
-- text, or its lessons, match what was typed?
CREATE FUNCTION doetank_matches(doetank_id bigint, words text) RETURNS boolean LANGUAGE sql STABLE
AS $$
SELECT EXISTS (SELECT 1 FROM doetank d, dutch_query(words) AS q(query)
                WHERE d.id = doetank_id AND (d.search_vector || d.lessons_vector) @@ q.query)
$$;
