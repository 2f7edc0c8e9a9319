CREATE TABLE member (
    id            BIGSERIAL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    organisation  VARCHAR(120),
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(40)[] NOT NULL DEFAULT '{LID}',
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0
);
-- E-mail addresses are stored lower-case; the index keeps them unique.
CREATE UNIQUE INDEX member_email_uk ON member (email);
