-- /over: the network's own story, kept by the redactie as Markdown (Dutch, and English when
-- written). One row; the version guards two editors saving at once. Facts and figures from the
-- network's closing magazine (jan 2015), its 2013 evaluation and the TNO article (jul 2013).
CREATE TABLE about_page (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    body_nl     TEXT NOT NULL,
    body_en     TEXT,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT NOT NULL DEFAULT 0
);

INSERT INTO about_page (id, body_nl, body_en) VALUES (1,
$nl$Slimmernetwerk begon op 12 mei 2010 als een netwerk van publieke professionals die vastliepen op problemen in hun eigen werk en die samen wilden oplossen, van onderop, zonder te wachten op een programma of een nota.

## Hoe het ging, 2010–2015

- **2010–2011: een netwerk vindt zijn vorm.** Vraagstukken kwamen binnen via de LinkedIn-groep *Slimmer werken in het Openbaar Bestuur* en in de Cafés. Rond een vraagstuk vormde zich een klein team: de eerste Doetanks.
- **2012: een consortium.** Vanaf 1 januari 2012 droegen Kennisland (penvoerder), de Kafkabrigade en TNO het netwerk samen, gefinancierd door het ministerie van BZK via BWOB, een interbestuurlijk programma. Er kwam een Grand Café met zo'n honderd deelnemers en een Doetank-masterclass.
- **2013: leren van de eigen Doetanks.** Een evaluatie van 22 Doetanks liet zien: 7 leverden een resultaat, 6 stopten, 9 liepen nog. Doetanks die stopten, stopten vaak om goede redenen: geen opdrachtgever met mandaat, een oplossing die een probleem zocht, of een team zonder tijd naast het gewone werk. Vier Doetanks gingen als Diffusietank hun resultaat verspreiden.
- **2014: de gatekeepers-overleggen.** Vanaf april 2014 bespraken de coaches samen hoe een Doetank ervoor stond, als intervisie: de eerste ging over Molenwaard.
- **Januari 2015: het slotmagazine.** Het netwerk maakte de balans op en gaf zijn werkvormen, verhalen en lessen door.

## In cijfers

- 4.300 leden in de LinkedIn-groep (januari 2014) en zo'n 400 discussies
- 20 Cafés; in 2013 kwamen er per Café 40 tot 60 mensen
- 30 Doetanks gestart, waarvan 7 de route helemaal aflegden
- zo'n 100 studentenafkijkers die meekeken en meeschreven

## Wie het droegen

Het consortium van Kennisland, de Kafkabrigade en TNO; strategische partners als KING, de VNG en BZK; kennissen en vrienden zoals Ambtenaar 2.0; ambassadeurs en een supportcomité dat deuren opende. Zie [Kennissen en partners](/partners).

## Wat het netwerk doorgeeft

De route van zes fasen, de rol van de coach, het gatekeepers-overleg en de werkvormen staan in de [toolkit](/toolkit) en op de pagina [Zelf een Doetank starten?](/route). Wat misging, staat er eerlijk naast wat lukte.$nl$,
$en$Slimmernetwerk started on 12 May 2010 as a network of public-sector professionals who got stuck on problems in their own work and wanted to solve them together, from the bottom up, without waiting for a programme or a policy paper.

## How it went, 2010–2015

- **2010–2011: a network finds its shape.** Problems came in through the LinkedIn group *Slimmer werken in het Openbaar Bestuur* and at the Cafés. Around a problem a small team formed: the first Doetanks.
- **2012: a consortium.** From 1 January 2012 Kennisland (lead), the Kafkabrigade and TNO carried the network together, funded by the Ministry of the Interior (BZK) through BWOB, an intergovernmental programme. There was a Grand Café with about a hundred people and a Doetank masterclass.
- **2013: learning from its own Doetanks.** An evaluation of 22 Doetanks found that 7 delivered a result, 6 stopped and 9 were still running. Doetanks that stopped often did so for good reasons: no opdrachtgever with a mandate, a solution looking for a problem, or a team without time beside its daily work. Four Doetanks went on as Diffusietank to spread their result.
- **2014: the gatekeepers-overleggen.** From April 2014 the coaches discussed together how a Doetank was doing, as intervision: the first was about Molenwaard.
- **January 2015: the closing magazine.** The network took stock and handed on its working methods, stories and lessons.

## In figures

- 4,300 members of the LinkedIn group (January 2014) and about 400 discussions
- 20 Cafés; in 2013 each drew 40 to 60 people
- 30 Doetanks started, of which 7 completed the route
- about 100 student observers who watched and wrote along

## Who carried it

The consortium of Kennisland, the Kafkabrigade and TNO; strategic partners such as KING, the VNG and BZK; friends such as Ambtenaar 2.0; ambassadors and a supportcomité that opened doors. See [Kennissen en partners](/partners).

## What the network hands on

The route of six phases, the coach's role, the gatekeepers-overleg and the working methods are in the [toolkit](/toolkit) and on [Starting a Doetank](/route). What went wrong stands honestly beside what worked.$en$);
