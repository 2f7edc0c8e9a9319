-- Images (covers now, more later) live in the database: outside the web root, shared by every instance.
CREATE TABLE image (
    id           BIGSERIAL PRIMARY KEY,
    uploader_id  BIGINT      NOT NULL REFERENCES member (id),
    content_type VARCHAR(20) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    size_bytes   INT         NOT NULL,
    bytes        BYTEA       NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);

-- News and the Café blog (by redacteurs), Doetank blogs (by members) and a coach's beschouwing
-- on a phase. A post is visible once it is published and its publication moment has come.
CREATE TABLE post (
    id              BIGSERIAL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    slug            VARCHAR(100) NOT NULL,
    title           VARCHAR(150) NOT NULL,
    summary         VARCHAR(300),
    body            TEXT         NOT NULL,
    excerpt         VARCHAR(300) NOT NULL,
    tags            VARCHAR(30)[] NOT NULL DEFAULT '{}',
    cover_image_id  BIGINT REFERENCES image (id),
    cover_alt       VARCHAR(200),
    doetank_id      BIGINT REFERENCES doetank (id),
    phase           VARCHAR(20),
    author_id       BIGINT       NOT NULL REFERENCES member (id),
    status          VARCHAR(20)  NOT NULL,
    publish_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT post_kind_ck CHECK (kind IN ('NIEUWS', 'CAFEBLOG', 'DOETANKBLOG', 'BESCHOUWING')),
    CONSTRAINT post_doetank_ck CHECK ((kind IN ('DOETANKBLOG', 'BESCHOUWING')) = (doetank_id IS NOT NULL)),
    CONSTRAINT post_phase_ck CHECK (kind <> 'BESCHOUWING' OR phase IS NOT NULL),
    CONSTRAINT post_published_ck CHECK (status <> 'GEPUBLICEERD' OR publish_at IS NOT NULL)
);
-- Slugs are unique over all posts, so a post keeps one readable address.
CREATE UNIQUE INDEX post_slug_uk ON post (slug);
CREATE INDEX post_published_idx ON post (kind, publish_at DESC) WHERE status = 'GEPUBLICEERD';
CREATE INDEX post_doetank_idx ON post (doetank_id, publish_at DESC) WHERE doetank_id IS NOT NULL;
CREATE INDEX post_tags_idx ON post USING gin (tags);

CREATE TABLE post_comment (
    id            BIGSERIAL PRIMARY KEY,
    post_id       BIGINT        NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    author_id     BIGINT        NOT NULL REFERENCES member (id),
    text          VARCHAR(2000) NOT NULL,
    written_at    TIMESTAMPTZ   NOT NULL,
    edited_at     TIMESTAMPTZ,
    report_count  INT           NOT NULL DEFAULT 0,
    last_reported_at TIMESTAMPTZ,
    hidden        BOOLEAN       NOT NULL DEFAULT FALSE,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX post_comment_post_idx ON post_comment (post_id, written_at);
CREATE INDEX post_comment_reported_idx ON post_comment (last_reported_at DESC) WHERE report_count > 0;

-- The coach's beschouwingen so far become posts of their own kind.
INSERT INTO post (kind, slug, title, body, excerpt, doetank_id, phase, author_id, status, publish_at,
                  created_at, updated_at)
SELECT 'BESCHOUWING',
       'beschouwing-' || d.slug || '-' || r.id,
       'Beschouwing bij ' || CASE r.phase
           WHEN 'INITIEREN' THEN 'initiëren' WHEN 'SCHETSEN' THEN 'schetsen'
           WHEN 'ADOPTEREN' THEN 'adopteren' WHEN 'EXPERIMENTEREN' THEN 'experimenteren'
           WHEN 'EVALUEREN' THEN 'evalueren' ELSE 'verbreden' END,
       r.text, left(r.text, 300), r.doetank_id, r.phase, r.author_id, 'GEPUBLICEERD', r.written_at,
       r.written_at, r.written_at
FROM reflection r JOIN doetank d ON d.id = r.doetank_id;

DROP TABLE reflection;
