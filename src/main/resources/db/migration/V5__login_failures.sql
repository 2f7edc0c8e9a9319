-- Failed logins per address, so guessing passwords is slowed down on every instance alike.
CREATE TABLE login_failure (
    id        BIGSERIAL PRIMARY KEY,
    email     VARCHAR(254) NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at);
