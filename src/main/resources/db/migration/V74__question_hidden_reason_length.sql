-- The redactie's word when it hides a question, an answer or a comment on an answer may be
-- as long as for every other text (1000 characters, the form's limit); it was 500 here, so a
-- longer word failed to save.
ALTER TABLE question ALTER COLUMN hidden_reason TYPE VARCHAR(1000);
ALTER TABLE answer ALTER COLUMN hidden_reason TYPE VARCHAR(1000);
ALTER TABLE answer_comment ALTER COLUMN hidden_reason TYPE VARCHAR(1000);
