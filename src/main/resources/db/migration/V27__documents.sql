-- A file a Doetank's team keeps on its page: what it is, the phase it belongs to, and who
-- sees it (everyone who sees the Doetank, or the team only).
CREATE TABLE document (
    id         BIGSERIAL PRIMARY KEY,
    doetank_id BIGINT       NOT NULL REFERENCES doetank (id) ON DELETE CASCADE,
    kind       VARCHAR(20)  NOT NULL,
    phase      VARCHAR(20)  NOT NULL,
    title      VARCHAR(120) NOT NULL,
    visibility VARCHAR(10)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT document_kind_ck CHECK (kind IN ('PLAN_VAN_AANPAK', 'BUSINESS_CASE', 'PRESENTATIE', 'EINDPUBLICATIE', 'VERSLAG', 'OVERIG')),
    CONSTRAINT document_phase_ck CHECK (phase IN ('INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN')),
    CONSTRAINT document_visibility_ck CHECK (visibility IN ('OPENBAAR', 'TEAM'))
);
CREATE INDEX document_doetank_idx ON document (doetank_id, created_at DESC);

-- Every file of a document, only ever added; the portal checked its content and chose its
-- name. The upload token comes from the form, so a form sent twice adds one version.
-- uploaded_by goes (NULL) when that member deletes their account; the file stays.
CREATE TABLE document_version (
    id           BIGSERIAL PRIMARY KEY,
    document_id  BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    number       INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   INT          NOT NULL,
    bytes        BYTEA        NOT NULL,
    uploaded_by  BIGINT       REFERENCES member (id),
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    upload_token UUID         NOT NULL,
    CONSTRAINT document_version_uk UNIQUE (document_id, number),
    CONSTRAINT document_version_token_uk UNIQUE (upload_token)
);
CREATE INDEX document_version_uploaded_by_idx ON document_version (uploaded_by);
