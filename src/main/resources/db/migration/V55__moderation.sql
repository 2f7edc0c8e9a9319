-- A member reports something another member wrote (a comment, a message, a profile, a
-- question, an answer) with a reason; one open report per member and item. The queue
-- groups them by item; a redacteur hides the item (with a word to its author), restores
-- it or dismisses the reports, which closes them (kept, with the outcome, as the record).
CREATE TABLE report (
    id          BIGSERIAL PRIMARY KEY,
    item_kind   VARCHAR(20)  NOT NULL CHECK (item_kind IN ('COMMENT', 'MESSAGE', 'PROFILE', 'QUESTION', 'ANSWER',
        'ANSWER_COMMENT')),
    item_id     BIGINT       NOT NULL,
    reporter_id BIGINT       REFERENCES member (id) ON DELETE SET NULL,
    reason      VARCHAR(1000) NOT NULL,
    reported_at TIMESTAMPTZ  NOT NULL,
    closed_at   TIMESTAMPTZ,
    outcome     VARCHAR(20)  CHECK (outcome IN ('HIDDEN', 'DISMISSED', 'RESTORED'))
);
CREATE UNIQUE INDEX report_once_uk ON report (item_kind, item_id, reporter_id) WHERE closed_at IS NULL;
-- The queue: open reports grouped by item, newest first.
CREATE INDEX report_open_idx ON report (item_kind, item_id) WHERE closed_at IS NULL;
CREATE INDEX report_reporter_idx ON report (reporter_id) WHERE reporter_id IS NOT NULL;

-- The word to the author when the redactie hides their comment; they see it on the post.
ALTER TABLE post_comment ADD COLUMN hidden_reason VARCHAR(1000);

-- No report is lost: the comments reported before (anonymously, counted) and the contact
-- messages their recipients reported come into the queue as open reports.
INSERT INTO report (item_kind, item_id, reporter_id, reason, reported_at)
SELECT 'COMMENT', c.id, NULL, '', COALESCE(c.last_reported_at, c.written_at)
FROM post_comment c, generate_series(1, c.report_count)
WHERE c.report_count > 0 AND NOT c.hidden;
INSERT INTO report (item_kind, item_id, reporter_id, reason, reported_at)
SELECT 'MESSAGE', m.id, m.recipient_id, '', m.reported_at
FROM contact_message m WHERE m.reported_at IS NOT NULL;
