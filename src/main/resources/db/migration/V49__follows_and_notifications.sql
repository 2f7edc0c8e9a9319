-- A member follows a Doetank, a question, an expertise term or another member, and
-- hears (in the portal, and by mail if they choose) what moves there. One row per
-- member and target: following twice (a double click, two tabs) keeps one.
CREATE TABLE follow (
    member_id   BIGINT      NOT NULL REFERENCES member (id),
    target_kind VARCHAR(20) NOT NULL CHECK (target_kind IN ('DOETANK', 'QUESTION', 'EXPERTISE', 'MEMBER')),
    target_id   BIGINT      NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, target_kind, target_id)
);
-- Who follows this target: the fan-out of every notification.
CREATE INDEX follow_target_idx ON follow (target_kind, target_id);

-- What a member should hear about, one row per member and cause. source_key names the
-- cause (for example "phase:12:345"), so the same change reaches a member once, however
-- many of the things they follow it touches. occurred_at is when it becomes visible (a
-- scheduled post notifies from the moment it appears). The text is written when read,
-- in the reader's language, from the kind and its arguments.
CREATE TABLE notification (
    id          BIGSERIAL PRIMARY KEY,
    member_id   BIGINT       NOT NULL REFERENCES member (id),
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('DOETANK_PHASE', 'DOETANK_ENDED', 'DOETANK_MILESTONE',
        'NEW_POST', 'DOETANK_MEETING', 'REQUEST_DECIDED', 'QUESTION_ASKED', 'QUESTION_ANSWERED', 'ANSWER_ACCEPTED',
        'REVIEW_REQUESTED', 'INTAKE_WAITING', 'DOOR_REQUESTED', 'EVENT_CHANGED', 'EVENT_CALLED_OFF', 'PLACE_OFFERED',
        'CONTENT_HIDDEN')),
    source_key  VARCHAR(100) NOT NULL,
    link        VARCHAR(500) NOT NULL,
    arguments   TEXT[]       NOT NULL,
    actor_id    BIGINT       REFERENCES member (id),
    occurred_at TIMESTAMPTZ  NOT NULL,
    read_at     TIMESTAMPTZ,
    CONSTRAINT notification_once_uk UNIQUE (member_id, source_key)
);
-- /mijn/meldingen, newest first, and the count in the header.
CREATE INDEX notification_member_idx ON notification (member_id, occurred_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (member_id) WHERE read_at IS NULL;
CREATE INDEX notification_actor_idx ON notification (actor_id) WHERE actor_id IS NOT NULL;
