-- A partner kind for who commissions and funds the network without running it: BWOB, the
-- interbestuurlijke programma Beter Werken in het Openbaar Bestuur, was the network's funder,
-- not a member of its consortium.
ALTER TABLE partner DROP CONSTRAINT partner_kind_ck;
ALTER TABLE partner ADD CONSTRAINT partner_kind_ck
    CHECK (kind IN ('CONSORTIUM', 'FINANCIER', 'STRATEGISCH', 'KENNIS', 'AMBASSADEUR', 'SUPPORTCOMITE'));

-- A database that holds the demo partners already gets BWOB under its right heading.
UPDATE partner SET kind = 'FINANCIER' WHERE kind = 'CONSORTIUM' AND name LIKE '%(BWOB)';
