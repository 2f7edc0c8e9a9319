-- A milestone may point at one of its Doetank's documents ("eindpublicatie"); V31 left the
-- column without its key because the documents table came later.
ALTER TABLE milestone ADD CONSTRAINT milestone_document_fk
    FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE SET NULL;
CREATE INDEX milestone_document_idx ON milestone (document_id);
