-- A Doetank's blog posts and beschouwingen are published without an editor, so members can
-- report them like any other text a member wrote. The redactie hides one with a word to its
-- author: gone for everyone but its author, the redactie and beheerders, until restored.
ALTER TABLE post ADD COLUMN hidden_at TIMESTAMPTZ;
ALTER TABLE post ADD COLUMN hidden_reason VARCHAR(1000);

ALTER TABLE report DROP CONSTRAINT report_item_kind_check;
ALTER TABLE report ADD CONSTRAINT report_item_kind_check CHECK (item_kind IN ('COMMENT', 'MESSAGE', 'PROFILE',
    'QUESTION', 'ANSWER', 'ANSWER_COMMENT', 'POST'));

-- The redactie's list of what it hid after reports, newest first.
CREATE INDEX report_hidden_idx ON report (closed_at DESC) WHERE outcome = 'HIDDEN';
