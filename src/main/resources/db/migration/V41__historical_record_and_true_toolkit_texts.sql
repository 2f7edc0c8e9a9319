-- Issue 15, demo data that tells what really happened.
-- 1. A Doetank from the network's history whose story ends while it was still active (the
--    network's record stops in early 2015) says so: record_ends_on is the day its record was
--    last kept. Its page reads "historisch", durations run up to that day, and it is never
--    listed as looking for people. NULL for every Doetank kept in the portal itself.
ALTER TABLE doetank ADD COLUMN record_ends_on DATE;

-- 2. Werkvormen as the sources describe them (001, 000).
--    The pizza recipe's first ingredient was "1000 kg enthousiasme en wilskracht"; an
--    overleg is asked when the coach thinks the Doetank is ready or stalls, not at every step.
UPDATE werkvorm SET
    materials = $$- 1000 kg enthousiasme en wilskracht
$$ || materials,
    steps = replace(steps,
        'Vraag bij elke overgang een gatekeepers-overleg aan.',
        'Denkt de coach dat jullie klaar zijn voor een volgende fase, of lopen jullie vast? Vraag dan een gatekeepers-overleg aan.'),
    updated_at = now()
WHERE slug = 'pizza-recept' AND materials NOT LIKE '%1000 kg enthousiasme%';

--    The zelfmonitor was used only twice (001); its steps were not kept, so none are invented.
UPDATE werkvorm SET
    summary = $$Een evaluatie-instrument dat de coach met het team kon gebruiken om te zien waar de Doetank staat. Het is in het netwerk maar twee keer gebruikt.$$,
    when_to_use = $$De evaluatie van 2013 noemt een zelfmonitor-instrument dat coaches met een team konden invullen om terug te kijken op voortgang en gezondheid van de Doetank. Het is in Slimmernetwerk maar twee keer gebruikt; de meeste Doetanks keken terug in een reflectiesessie of een gatekeepers-overleg.

Wil je iets vergelijkbaars doen, gebruik dan de werkprincipes-checklist als basis voor een eerlijk gesprek met het team.$$,
    steps = $$Hoe het instrument er precies uitzag, is niet bewaard gebleven. Daarom staan hier geen stappen. Kijk voor een werkvorm die vaak is gebruikt bij de reflectiesessie.$$,
    materials = NULL,
    duration = NULL,
    group_size = NULL,
    updated_at = now()
WHERE slug = 'zelfmonitor';

--    Supporters were used only to a limited extent ("veel Doetanks maakten slechts in beperkte
--    mate gebruik van de supporters", 001): the summary says so up front.
UPDATE werkvorm SET
    summary = $$Supporters zijn ervaren mensen met een groot netwerk, soms tot aan de minister. Ze openen deuren naar opdrachtgevers en helpen bij een doorbraak. Veel Doetanks maakten maar beperkt gebruik van hen.$$,
    updated_at = now()
WHERE slug = 'supporter-inschakelen';
