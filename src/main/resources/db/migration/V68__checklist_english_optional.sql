-- Beheerders now refine the gatekeepers-overleg checklist in the portal (/beheer/checklist). Not
-- every beheerder writes English: without a translation, English readers see the Dutch text.
ALTER TABLE gate_checklist_item ALTER COLUMN text_en DROP NOT NULL;
