-- How a member hears about each kind of notification by mail: at once, in the digest, or
-- not. Only a member's own choices are stored; without a row the kind's default holds.
CREATE TABLE notification_preference (
    member_id BIGINT      NOT NULL REFERENCES member (id),
    kind      VARCHAR(30) NOT NULL CHECK (kind IN ('DOETANK_PHASE', 'DOETANK_ENDED', 'DOETANK_MILESTONE',
        'NEW_POST', 'DOETANK_MEETING', 'REQUEST_DECIDED', 'QUESTION_ASKED', 'QUESTION_ANSWERED', 'ANSWER_ACCEPTED',
        'REVIEW_REQUESTED', 'INTAKE_WAITING', 'DOOR_REQUESTED', 'EVENT_CHANGED', 'EVENT_CALLED_OFF', 'PLACE_OFFERED',
        'CONTENT_HIDDEN')),
    delivery  VARCHAR(10) NOT NULL CHECK (delivery IN ('DIRECT', 'DIGEST', 'NONE')),
    PRIMARY KEY (member_id, kind)
);

-- How often a member gets the digest, and up to when it has been sent (the watermark:
-- the next digest lists what occurred after it). Without a row: weekly, nothing sent yet.
-- The job moves the watermark with a conditional UPDATE, so two instances send one digest.
CREATE TABLE notification_digest (
    member_id  BIGINT      PRIMARY KEY REFERENCES member (id),
    period     VARCHAR(10) NOT NULL CHECK (period IN ('DAILY', 'WEEKLY', 'NEVER')),
    sent_until TIMESTAMPTZ
);

-- The key that signs the one-click unsubscribe links in notification mails, made once by
-- the first instance that needs it (when clubhuis.unsubscribe-key is not set), so every
-- instance checks links with the same key. Never in the repository.
CREATE TABLE notification_secret (
    id     SMALLINT     PRIMARY KEY CHECK (id = 1),
    secret VARCHAR(100) NOT NULL
);
