-- Login throttling counts failures per client address and per account-and-address pair
-- (hashed, so no e-mail address is kept), with growing delays instead of a lock-out.
DROP TABLE login_failure;
CREATE TABLE login_throttle (
    subject      VARCHAR(100) PRIMARY KEY,
    failures     INTEGER      NOT NULL CHECK (failures >= 0),
    last_failure TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure);
