-- Why an event was called off, for the people who had registered.
ALTER TABLE event ADD COLUMN cancel_reason VARCHAR(500);
