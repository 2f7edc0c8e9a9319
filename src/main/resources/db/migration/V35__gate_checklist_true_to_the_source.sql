-- The gatekeepers-overleg checklist, made true to the network's own table ("Kunnen we door naar
-- een volgende fase?", method.md section 1): the coach's role per phase, and the items that
-- V7 got wrong.
--
-- History keeps what it was answered with: a review copies the text of every checkpoint into
-- gate_review_answer, so old reviews never read this table. Still, no text of an existing row
-- changes here and no row is deleted: a wrong row is switched off (active = FALSE) and its
-- replacement is a new row. Only the position of some rows that stay changes, to make room;
-- an answer keeps its own position.

-- 1. "Wat is jouw rol als coach?": the first column of the table, one row per role. Coach roles
--    are guidance beside the checklist, never answered. They are numbered from 21 so they never
--    share a position with a checkpoint or a hulpvraag.
ALTER TABLE gate_checklist_item DROP CONSTRAINT gate_checklist_item_kind_ck;
ALTER TABLE gate_checklist_item ADD CONSTRAINT gate_checklist_item_kind_ck
    CHECK (kind IN ('CHECKPUNT', 'HULPVRAAG', 'COACHROL'));

INSERT INTO gate_checklist_item (phase, position, kind, text_nl, text_en) VALUES
('INITIEREN', 21, 'COACHROL', 'Inzet van je netwerk', 'Putting your network to work'),
('INITIEREN', 22, 'COACHROL', 'Reflectie op publieke waarde', 'Reflection on public value'),
('SCHETSEN', 21, 'COACHROL', 'Reflectie op capaciteit', 'Reflection on capacity'),
('SCHETSEN', 22, 'COACHROL', 'Reflectie op herkenning', 'Reflection on recognition'),
('ADOPTEREN', 21, 'COACHROL', 'Inzet van je netwerk', 'Putting your network to work'),
('ADOPTEREN', 22, 'COACHROL', 'Reflectie op omgeving en steun', 'Reflection on the surroundings and support'),
('ADOPTEREN', 23, 'COACHROL', 'Formuleren: het plan en de afspraken helpen verwoorden', 'Formulating: helping to put the plan and the agreements into words'),
('EXPERIMENTEREN', 21, 'COACHROL', 'Reflectie op capaciteit', 'Reflection on capacity'),
('EXPERIMENTEREN', 22, 'COACHROL', 'Reflectie op waarnemen', 'Reflection on observing'),
('EVALUEREN', 21, 'COACHROL', 'Helpen het resultaat te formuleren', 'Helping to put the result into words'),
('EVALUEREN', 22, 'COACHROL', 'Kosten en baten zichtbaar maken', 'Making costs and benefits visible'),
('VERBREDEN', 21, 'COACHROL', 'Inzet van je netwerk', 'Putting your network to work'),
('VERBREDEN', 22, 'COACHROL', 'Herformuleren van de probleemdefinitie', 'Reformulating the problem definition'),
('VERBREDEN', 23, 'COACHROL', 'Abstraheren van de oplossing', 'Abstracting the solution');

-- 2a. Schetsen asked the same thing twice: the checkpoint "Is het vraagstuk herkenbaar voor een
--     opdrachtgever?" and the hulpvraag "Zou een opdrachtgever het probleem herkennen?" (in
--     English both read "Would an opdrachtgever recognise the problem?"). The checkpoint stays.
UPDATE gate_checklist_item SET active = FALSE
 WHERE phase = 'SCHETSEN' AND kind = 'HULPVRAAG' AND text_nl = 'Zou een opdrachtgever het probleem herkennen?';

-- 2b. Adopteren: "Waar is het probleem gezocht, en door wie?" lost its meaning. The source asks
--     where the problem plays, so where the Doetank can test its solution.
UPDATE gate_checklist_item SET active = FALSE
 WHERE phase = 'ADOPTEREN' AND kind = 'HULPVRAAG' AND text_nl = 'Waar is het probleem gezocht, en door wie?';
INSERT INTO gate_checklist_item (phase, position, kind, text_nl, text_en) VALUES
('ADOPTEREN', 4, 'HULPVRAAG', 'Waar speelt het probleem, en welke plekken (testlocaties) zijn gevonden om het aan te pakken?',
 'Where does the problem play out, and which places (test sites) have been found to tackle it?');

-- 2c. Experimenteren: in the source its hulpvragen repeat those of schetsen word for word, a
--     slip of the table's layout (would an opdrachtgever recognise it? is one involved? both
--     settled by adopteren). Of them only capacity fits an experiment; the coach's role in this
--     phase is reflection on capacity and on observing. So the copied capacity question gives
--     way to one about the experiment, a question about observing joins, and "Past de oplossing
--     zich aan de context aan?" stays: adapting to the context is what this phase observes.
UPDATE gate_checklist_item SET active = FALSE
 WHERE phase = 'EXPERIMENTEREN' AND kind = 'HULPVRAAG' AND text_nl = 'Welke capaciteit is nodig, en hoe organiseert het team die?';
INSERT INTO gate_checklist_item (phase, position, kind, text_nl, text_en) VALUES
('EXPERIMENTEREN', 4, 'HULPVRAAG', 'Heeft het team de tijd en de mensen om het experiment te dragen, naast het gewone werk?',
 'Does the team have the time and the people to carry the experiment, next to their regular work?'),
('EXPERIMENTEREN', 6, 'HULPVRAAG', 'Wat nemen jullie waar in de tests, en hoe leggen jullie dat vast?',
 'What do you observe in the tests, and how do you record it?');

-- 2d. Evalueren: one checkpoint asked three things at once ("Zijn baten, kosten en resultaat in
--     beeld?"), so a "nog niet" could not say which. It becomes three checkpoints, and the
--     hulpvraag that repeated it ("Zijn de kosten en baten in kaart gebracht?") goes.
UPDATE gate_checklist_item SET active = FALSE
 WHERE phase = 'EVALUEREN' AND text_nl IN ('Zijn baten, kosten en resultaat in beeld?', 'Zijn de kosten en baten in kaart gebracht?');
UPDATE gate_checklist_item SET position = position + 2
 WHERE phase = 'EVALUEREN' AND active AND kind IN ('CHECKPUNT', 'HULPVRAAG');
INSERT INTO gate_checklist_item (phase, position, kind, text_nl, text_en) VALUES
('EVALUEREN', 1, 'CHECKPUNT', 'Zijn de baten in beeld?', 'Are the benefits in view?'),
('EVALUEREN', 2, 'CHECKPUNT', 'Zijn de kosten in beeld?', 'Are the costs in view?'),
('EVALUEREN', 3, 'CHECKPUNT', 'Is het resultaat in beeld?', 'Is the result in view?');
