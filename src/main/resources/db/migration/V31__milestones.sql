-- Milestones the team marks on its route ("Opdracht getekend", "Eerste experiment bij het
-- Kadaster", "Eindpublicatie"): something that happened, on a day between the start of the
-- route and today. They show in the Doetank's timeline beside the phase transitions and on
-- the home page. A milestone may point at a published post of the same Doetank (gone when
-- the post goes), and later at one of its documents: document_id has no foreign key yet,
-- as the documents module's table comes after this migration.
CREATE TABLE milestone (
    id            BIGSERIAL PRIMARY KEY,
    doetank_id    BIGINT       NOT NULL REFERENCES doetank (id),
    happened_on   DATE         NOT NULL,
    title         VARCHAR(120) NOT NULL,
    line          VARCHAR(300) NOT NULL,
    post_id       BIGINT       REFERENCES post (id) ON DELETE SET NULL,
    document_id   BIGINT,
    created_by_id BIGINT       NOT NULL REFERENCES member (id),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    -- The same milestone sent twice (a double click, two tabs) is kept once.
    CONSTRAINT milestone_once_uk UNIQUE (doetank_id, happened_on, title)
);
CREATE INDEX milestone_post_idx ON milestone (post_id) WHERE post_id IS NOT NULL;
CREATE INDEX milestone_created_by_idx ON milestone (created_by_id);
-- The home page: the latest milestones of public Doetanks.
CREATE INDEX milestone_latest_idx ON milestone (happened_on DESC, id DESC);
