-- The announce form's own random token: the same form sent twice (a double click, a
-- confirmation sent again) announces one event. Events from before have none.
ALTER TABLE event ADD COLUMN form_token VARCHAR(64);
CREATE UNIQUE INDEX event_form_uk ON event (created_by, form_token);
