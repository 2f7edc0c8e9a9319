-- Members report a profile's free text (its bio) to the redactie; when the redactie hides
-- it, only the member and the redactie still read it, with the redactie's word why.
-- (report.item_kind already lists 'PROFILE'.)
ALTER TABLE member ADD COLUMN bio_hidden_at TIMESTAMPTZ;
ALTER TABLE member ADD COLUMN bio_hidden_reason VARCHAR(1000);
