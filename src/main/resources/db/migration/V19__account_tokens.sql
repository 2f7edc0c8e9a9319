-- A member's address is verified when they follow the link mailed to it. Accounts made
-- before the portal verified addresses keep working as they did.
ALTER TABLE member ADD COLUMN email_verified_at TIMESTAMPTZ;
UPDATE member SET email_verified_at = created_at;

-- Links mailed to a member: verify the address, choose a new password, confirm a new
-- address. Only a SHA-256 hash of the random token is kept, so the table gives nobody a
-- usable link; each is used once and expires.
CREATE TABLE account_token (
    id          BIGSERIAL    PRIMARY KEY,
    member_id   BIGINT       NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL
                CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash  VARCHAR(64)  NOT NULL,
    new_email   VARCHAR(254),
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE UNIQUE INDEX account_token_hash_uk ON account_token (token_hash);
-- A member's tokens: the newest verification mail (resending is rate-limited), and what
-- deleting a member cascades through.
CREATE INDEX account_token_member_idx ON account_token (member_id, purpose, created_at);
