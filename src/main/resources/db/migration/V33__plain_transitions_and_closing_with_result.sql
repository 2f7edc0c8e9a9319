-- Two ways the route may change that the first model lacked (issue 15):
-- * OVERGANG: a coach records a phase change that did not go through a gatekeepers-overleg
--   (the network held its first overleg in April 2014; small, clear steps never needed one).
--   It moves exactly one phase forward or back and always says why.
-- * AFSLUITEN: a Doetank that delivered its result and closed before verbreden (Vaktherapie,
--   De nieuwe leidinggevende) ends AFGESLOTEN ("afgesloten met resultaat"); AFGEROND stays
--   reserved for a route completed after verbreden.
ALTER TABLE phase_transition ADD COLUMN reason TEXT;
ALTER TABLE phase_transition DROP CONSTRAINT phase_transition_kind_ck;
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_kind_ck
    CHECK (kind IN ('INTAKE', 'DOOR', 'BLIJVEN', 'HERFORMULEREN', 'STOPPEN', 'AFRONDEN', 'OVERGANG', 'AFSLUITEN'));
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_overgang_ck
    CHECK (kind <> 'OVERGANG' OR (reason IS NOT NULL AND gate_review_id IS NULL));
ALTER TABLE phase_transition DROP CONSTRAINT phase_transition_to_status_ck;
ALTER TABLE phase_transition ADD CONSTRAINT phase_transition_to_status_ck
    CHECK (to_status IN ('VOORSTEL', 'AFGEWEZEN', 'INGETROKKEN', 'ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT'));

ALTER TABLE doetank DROP CONSTRAINT doetank_status_ck;
ALTER TABLE doetank ADD CONSTRAINT doetank_status_ck
    CHECK (status IN ('VOORSTEL', 'AFGEWEZEN', 'INGETROKKEN', 'ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT'));

ALTER TABLE gate_review ADD COLUMN closing_result TEXT;
ALTER TABLE gate_review DROP CONSTRAINT gate_review_decision_ck;
ALTER TABLE gate_review ADD CONSTRAINT gate_review_decision_ck
    CHECK (decision IN ('DOOR', 'BLIJVEN', 'HERFORMULEREN', 'STOPPEN', 'AFRONDEN', 'AFSLUITEN'));
ALTER TABLE gate_review ADD CONSTRAINT gate_review_closing_ck
    CHECK (decision <> 'AFSLUITEN' OR closing_result IS NOT NULL);
