-- How mail is going, for the beheerders' mail page: one row for the whole network, updated
-- by whichever instance sent or failed to send a mail. The error is the mail server's own
-- words with every address taken out, so no personal data is kept here. No page a visitor
-- sees shows it, so it has no content trigger (PageCacheTriggersTest).
CREATE TABLE mail_status (
    id                  SMALLINT     PRIMARY KEY CHECK (id = 1),
    last_sent_at        TIMESTAMPTZ,
    last_failed_at      TIMESTAMPTZ,
    last_error          VARCHAR(300),
    failures_since_sent INTEGER      NOT NULL DEFAULT 0,
    test_requested_at   TIMESTAMPTZ
);
INSERT INTO mail_status (id) VALUES (1);
