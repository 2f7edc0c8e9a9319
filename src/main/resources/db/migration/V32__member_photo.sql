-- A member's optional profile photo (issue 14), checked and re-encoded by the portal's picture
-- checker; one per member, gone with the member's row. The primary key indexes the foreign key.
CREATE TABLE member_photo (
    member_id    BIGINT      PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    content_type VARCHAR(20) NOT NULL,
    bytes        BYTEA       NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
