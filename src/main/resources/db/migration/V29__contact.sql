-- Members write to each other (and to the trekkers of a Doetank) through the portal:
-- the mail goes out from the portal, so nobody sees the recipient's address.

-- A member who switched receiving messages off (no row: messages are welcome).
CREATE TABLE contact_preference (
    member_id        BIGINT PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    accepts_messages BOOLEAN     NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL
);

-- One message sent: to a member or to the trekkers of a Doetank. Counted for the daily
-- limit; the text is kept only as long as the recipient may report it (see the privacy
-- statement and ContactRetention).
CREATE TABLE contact_message (
    id                BIGSERIAL PRIMARY KEY,
    sender_id         BIGINT       NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    recipient_id      BIGINT REFERENCES member (id) ON DELETE CASCADE,
    doetank_id        BIGINT REFERENCES doetank (id) ON DELETE CASCADE,
    subject           VARCHAR(150) NOT NULL,
    body              TEXT,
    reply_by_mail     BOOLEAN      NOT NULL,
    form_token        VARCHAR(64)  NOT NULL,
    report_token_hash VARCHAR(64)  NOT NULL,
    sent_at           TIMESTAMPTZ  NOT NULL,
    reported_at       TIMESTAMPTZ,
    CONSTRAINT contact_message_one_addressee CHECK ((recipient_id IS NULL) <> (doetank_id IS NULL))
);
CREATE INDEX contact_message_sender_idx ON contact_message (sender_id, sent_at);
CREATE INDEX contact_message_recipient_idx ON contact_message (recipient_id);
CREATE INDEX contact_message_doetank_idx ON contact_message (doetank_id);
CREATE UNIQUE INDEX contact_message_form_uk ON contact_message (sender_id, form_token);
CREATE UNIQUE INDEX contact_message_report_uk ON contact_message (report_token_hash);
CREATE INDEX contact_message_reported_idx ON contact_message (reported_at) WHERE reported_at IS NOT NULL;
