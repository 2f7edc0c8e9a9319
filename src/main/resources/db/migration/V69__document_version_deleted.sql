-- A version a trekker or beheerder takes away (personal data in it, a wrong file) keeps its row
-- without its file: its number is never given to another file, so an old link to /versies/N
-- never serves something else, and a form sent again with its upload token adds nothing.
ALTER TABLE document_version ADD COLUMN deleted_at TIMESTAMPTZ;
