-- De werkvormen van het netwerk, uit de eigen Doetank-methode (toolkit, route en lessen van Slimmernetwerk en voorganger InAxis).
-- Dit is een startvulling: redacteuren kunnen de teksten, fasen en vragen daarna in het portaal aanpassen.

-- 1. Pizza-recept
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'pizza-recept',
'Pizza-recept: zelf een Doetank starten',
$$Wat heb je nodig om een Doetank te starten, en welke stappen zet je? Het recept noemt de ingrediënten, van een echt probleem tot een coach en een netwerk, en volgt de route van initiëren tot verbreden.$$,
$$Gebruik dit recept als je een probleem voelt en denkt: hier moeten we iets mee. Of als je team al bestaat, maar je merkt dat er iets ontbreekt. Het recept helpt je na te gaan of je alle ingrediënten hebt voordat je begint.

De ervaring van het netwerk: Doetanks stoppen vaak om dezelfde redenen. Er was te weinig tijd of motivatie, het probleem bleef te abstract, of er was geen opdrachtgever die echt kon beslissen. Teams die alleen in hun vrije tijd werken, missen slagkracht. En ongeveer de helft van de Doetanks begon bij een idee in plaats van bij een probleem. Dan zoekt de oplossing een probleem.

Heb je een ingrediënt nog niet? Begin dan daar. Een coach helpt je op weg.$$,
$$1. **Begin bij het probleem, niet bij de oplossing.** Beschrijf in een paar zinnen wat er misgaat, bij wie, en waarom het nu urgent is. Bespreek met een coach of dit een vraagstuk voor een Doetank is.
2. **Stel het team samen.** Zoek 3 tot 8 leden via je eigen netwerk, LinkedIn of een Café. Zorg voor 1 of 2 probleemeigenaren. Spreek af hoeveel tijd ieder kan vrijmaken, liefst binnen het gewone werk.
3. **Initiëren.** Ga het veld in, praat met de mensen die het probleem meemaken en baken het vraagstuk af.
4. **Schetsen.** Bedenk een paar oplossingsrichtingen, samen met burgers, professionals en een paar mensen van buiten.
5. **Adopteren.** Win een opdrachtgever met mandaat, middelen en een plek om te testen. Maak afspraken met wie echt beslist.
6. **Experimenteren en evalueren.** Test klein, pas aan en test opnieuw. Kijk daarna samen terug: wat werkte, waarom, en wat kostte het?
7. **Verbreden.** Zoek organisaties die het resultaat willen overnemen of herhalen.
8. **Houd tempo.** Probeer de route binnen 6 tot 12 maanden te doorlopen. Lukt dat niet, maak de stappen dan kleiner. Vraag bij elke overgang een gatekeepers-overleg aan.$$,
$$- Een echt, urgent probleem dat over de grenzen van organisaties heen gaat
- Een trekker met drive
- 3 tot 8 Doetank-leden: een kern met een direct belang, plus een paar frisse buitenstaanders
- 1 of 2 probleemeigenaren die het probleem zelf meemaken
- Een opdrachtgever die een experiment mag toestaan
- Een coach die de route kent
- Een netwerk: collega's, supporters, LinkedIn en het Café$$,
'Route van 6 tot 12 maanden; geslaagde Doetanks liepen vaak een jaar of langer',
'3 tot 8 leden, plus coach en opdrachtgever',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN']) AS p WHERE slug = 'pizza-recept';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['WEAK_TEAM','PROBLEM_TOO_BIG']) AS q WHERE slug = 'pizza-recept';

-- 2. Veldwerk
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'veldwerk',
'Veldwerk',
$$Ga naar buiten en maak het probleem zelf mee. Praat met burgers en professionals op straat, aan de balie of in de wijk, en doorloop zelf een aanvraag. Zo zie je wat de eindgebruiker echt meemaakt.$$,
$$Veldwerk is de eerste stap van de route. Gebruik het als je het probleem vooral kent van papier, uit beleid of uit klachten. Of als het team het niet eens is over wat er precies misgaat. Je gaat zelf kijken, luisteren en doen.

Veldwerk maakt een groot, vaag probleem kleiner en concreter. Je ontdekt waar het echt knelt, en soms ook dat het probleem anders is dan je dacht. De Doetank van jonge Amsterdamse ambtenaren voerde straatgesprekken en diende zelf een initiatiefaanvraag in. Zo zagen ze hoe de gemeente bewonersinitiatieven beter kan steunen.

Let op: veldwerk is geen enquête. Ga niet met een oplossing op zak de straat op, maar met open vragen. En vraag toestemming als je mensen citeert of filmt.$$,
$$1. Bepaal wat je wilt weten. Schrijf drie tot vijf open vragen op, bijvoorbeeld: wat gebeurde er, wat was lastig, wat had je nodig?
2. Kies waar je de eindgebruikers tegenkomt: op straat, in de wachtruimte, in de wijk of op de werkvloer.
3. Ga met z'n tweeën: één praat, één schrijft mee. Noteer letterlijke uitspraken.
4. Doorloop zelf een aanvraag, melding of procedure, zoals een burger of ondernemer dat doet. Houd bij hoe lang het duurt, wat je moet invullen en waar je vastloopt.
5. Praat ook met de professionals die het werk doen, zoals baliemedewerkers, consulenten en wijkwerkers.
6. Leg de verhalen en citaten naast elkaar. Wat komt steeds terug? Wat verraste jullie?
7. Herschrijf het vraagstuk in één of twee zinnen, vanuit wat de eindgebruiker meemaakt.$$,
$$- Een lijstje open vragen
- Notitieboek of telefoon voor citaten (met toestemming)
- Een aanvraag, melding of formulier om zelf te doorlopen$$,
'Een paar dagdelen, verspreid over 1 tot 3 weken',
'2 tot 8 mensen, in tweetallen',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','SCHETSEN']) AS p WHERE slug = 'veldwerk';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['UNKNOWN_END_USER','PROBLEM_TOO_BIG']) AS q WHERE slug = 'veldwerk';

-- 3. Casusonderzoek
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'casusonderzoek',
'Casusonderzoek',
$$Maak een groot probleem zichtbaar met één voorbeeldig verhaal van één eindgebruiker. Je interviewt, schrijft het verhaal op en legt het voor aan alle betrokken instanties. Zo zien zij samen waar het systeem vastloopt.$$,
$$Casusonderzoek komt van de Kafkabrigade. Gebruik het als een probleem zo groot of vaag is dat niemand zich eigenaar voelt. Eén concreet verhaal laat zien wat het systeem met een mens doet. Dat overtuigt vaak meer dan cijfers of een rapport.

Slim en verantwoord innen begon bij één casus. Een alleenstaande moeder in de schuldhulpverlening kreeg te maken met de parketpolitie, over een oude boete. Die ene casus liet zien hoe slecht overheidsschuldeisers en de lokale schuldhulp samenwerken. De casus zelf werd lokaal opgelost, en het vraagstuk groeide uit tot een van de langstlopende Doetanks.

Een casus helpt ook als je nog geen opdrachtgever hebt. Als instanties hun eigen rol in het verhaal herkennen, ontstaat eigenaarschap. Let op: kies een casus die typerend is, niet de meest extreme. En ga zorgvuldig om met privacy: vraag toestemming en maak het verhaal anoniem.$$,
$$1. Kies één casus die typerend is voor het probleem. Vraag de betrokkene om toestemming.
2. Interview de eindgebruiker uitgebreid: wat gebeurde er, in welke volgorde, en met welke instanties?
3. Schrijf het verhaal op als narratief: op volgorde van tijd, in gewone taal, met alle contactmomenten en de gevolgen voor de persoon.
4. Interview de professionals van elke instantie in het verhaal. Hoe zagen zij de casus? Welke regels en systemen speelden mee?
5. Houd een contra-expertise: leg het verhaal voor aan alle instanties samen, aan één tafel. Laat hen aanvullen en corrigeren.
6. Benoem samen de knelpunten. Waar ging het mis, en lag dat aan regels, aan werkwijzen of aan de samenwerking?
7. Gebruik de uitkomst om het vraagstuk af te bakenen en een opdrachtgever te vinden. En zorg dat de casus zelf ook wordt opgelost.$$,
$$- Toestemming van de betrokkene
- Een gespreksleidraad voor de interviews
- Het uitgeschreven verhaal, op papier, voor de contra-expertise$$,
'3 tot 6 weken',
'2 tot 4 onderzoekers; bij de contra-expertise alle betrokken instanties',
'Kafkabrigade',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN']) AS p WHERE slug = 'casusonderzoek';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['PROBLEM_TOO_BIG','UNKNOWN_END_USER','NO_OPDRACHTGEVER']) AS q WHERE slug = 'casusonderzoek';

-- 4. Customer journey mapping
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'customer-journey-mapping',
'Customer journey mapping',
$$Teken stap voor stap wat één persoon meemaakt, van het eerste moment tot het einde. Per stap geef je aan hoe tevreden die persoon is, met citaten erbij. Zo zie je in één oogopslag waar het pijn doet.$$,
$$Gebruik een customer journey als je wilt begrijpen wat een burger, ondernemer of professional meemaakt in contact met de overheid. Vaak kijkt elke organisatie alleen naar haar eigen stukje. De journey laat de hele reis zien, over de grenzen van organisaties heen.

De werkvorm past aan het eind van initiëren en in schetsen. Je hebt dan al verhalen uit veldwerk of casusonderzoek. De dieptepunten op de kaart zijn goede plekken om oplossingsrichtingen te zoeken.

Let op: teken de reis van één echte persoon, of van een persona die op echte gesprekken is gebaseerd. Niet van 'de gemiddelde klant'. En gebruik de woorden van die persoon, niet de taal van de organisatie.$$,
$$1. Kies één persoon en één situatie, bijvoorbeeld een ondernemer die een vergunning aanvraagt.
2. Zet de stappen op een rij, van aanleiding tot einde. Noteer per stap met welke organisatie of welk loket de persoon te maken heeft.
3. Geef per stap aan hoe tevreden de persoon is, van zeer ontevreden tot zeer tevreden. Verbind de punten tot een lijn.
4. Zet bij elke stap een letterlijk citaat uit interviews of veldwerk.
5. Markeer de dieptepunten: waar haakt iemand af, moet iemand lang wachten, of wordt iemand van het kastje naar de muur gestuurd?
6. Bespreek de kaart met eindgebruikers en professionals. Klopt hij? Wat missen we?
7. Kies één of twee dieptepunten om in de fase schetsen mee verder te gaan.$$,
$$- Het printbare customer-journey-canvas uit Clubhuis, of een groot vel papier
- Post-its en stiften
- Citaten uit veldwerk of interviews$$,
'Een dagdeel, plus voorbereiding',
'3 tot 8 mensen',
NULL,
'CUSTOMER_JOURNEY_CANVAS', now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','SCHETSEN']) AS p WHERE slug = 'customer-journey-mapping';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['UNKNOWN_END_USER','PROBLEM_TOO_BIG','NEED_IDEAS']) AS q WHERE slug = 'customer-journey-mapping';

-- 5. Prototyping en social design
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'prototyping',
'Prototyping en social design',
$$Maak ideeën zichtbaar en tastbaar voordat je ze echt bouwt: een schets, een nepformulier, een rollenspel of een simpele website. Zo test je snel met eindgebruikers en laat je een opdrachtgever zien wat je bedoelt.$$,
$$Een idee op papier is voor veel mensen moeilijk voor te stellen. Een prototype maakt het concreet. Je ziet sneller wat werkt en wat niet, en het kost weinig. In de fase schetsen helpt het om oplossingsrichtingen uit te werken met burgers en professionals. In de fase experimenteren maak je het prototype steeds beter.

Haal er mensen van buiten bij, zoals een social designer of een websitebouwer. Zij helpen ideeën en lessen zichtbaar te maken. Dat werkt ook bij adopteren: een opdrachtgever zegt eerder ja tegen iets wat hij of zij kan zien en vasthouden.

Let op: een prototype is geen eindproduct. Houd het ruw, zodat mensen durven te zeggen wat er niet deugt. En test met echte eindgebruikers, niet alleen met collega's.$$,
$$1. Kies het idee of de vraag die je wilt testen. Wat moet het prototype laten zien?
2. Maak de simpelste versie die dat laat zien: een tekening, een strip, een papieren formulier, een rollenspel of een klikbare schets.
3. Vraag een social designer of andere maker om hulp als je het idee niet goed in beeld krijgt.
4. Laat eindgebruikers het prototype proberen. Kijk wat ze doen en vraag door.
5. Noteer wat werkt, wat verwart en wat ontbreekt.
6. Pas het prototype aan en test opnieuw. Herhaal dit een paar keer, in kleine stappen.
7. Neem het beste prototype mee naar je pitch of je gesprek met een opdrachtgever.$$,
$$- Papier, stiften, karton en tape
- Eventueel eenvoudige software voor schetsen of een testwebsite
- Een telefoon of camera om de tests vast te leggen$$,
'Een dagdeel per ronde, een paar rondes',
'3 tot 8 mensen, plus eindgebruikers om mee te testen',
NULL,
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['SCHETSEN','ADOPTEREN','EXPERIMENTEREN']) AS p WHERE slug = 'prototyping';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['NEED_IDEAS','TEST_SMALL','NO_OPDRACHTGEVER']) AS q WHERE slug = 'prototyping';

-- 6. Pitch
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'pitch',
'Pitch',
$$Verkoop in een paar minuten jullie probleem en oplossing aan iemand die ja kan zeggen. Een goede pitch maakt duidelijk wat er misgaat, wat jullie willen proberen en wat je van de opdrachtgever vraagt.$$,
$$Een Doetank heeft een opdrachtgever nodig met mandaat, middelen en een plek om te testen. Daarvoor moet je je verhaal kort en sterk kunnen vertellen. Gebruik de pitch aan het eind van schetsen en in adopteren: bij het management, op een Café of bij een mogelijke gastorganisatie. Later helpt een pitch ook om anderen het resultaat te laten overnemen.

De Doetank Kennisbehoud pitchte drie ideeën bij het management van het Kadaster: een kennisschattenjacht, een interviewtechniek en video-opnames van vakmanschap op de werkvloer. De schattenjacht viel af. De andere twee gingen door, met een schriftelijke opdracht.

Let op: pitch een probleem dat de opdrachtgever herkent, niet alleen jullie idee. Geef de opdrachtgever iets te kiezen, zoals Kennisbehoud deed. En vraag iets concreets.$$,
$$1. Ken je publiek. Wat vindt deze opdrachtgever belangrijk, en welk probleem voelt hij of zij zelf?
2. Vertel het probleem in één of twee zinnen, liefst met één herkenbaar voorbeeld of citaat van een eindgebruiker.
3. Laat de oplossingsrichting zien, het liefst met een schets of prototype. Geef eventueel twee of drie opties.
4. Zeg wat het oplevert en wat het kost, in geld, tijd of kwaliteit. Gebruik jullie business case.
5. Vraag iets concreets: ruimte om te experimenteren, middelen, een testlocatie of een besluit.
6. Oefen de pitch met het team of de coach. Houd het op een paar minuten.
7. Spreek na afloop af wat de volgende stap is, en wie daarover beslist.$$,
$$- Eén dia of één A4 met probleem, oplossing en vraag
- Een prototype, schets of kort filmpje, als dat helpt$$,
'Een paar minuten pitchen, een dagdeel voorbereiden',
'Trekker en 1 of 2 teamleden',
NULL,
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['SCHETSEN','ADOPTEREN']) AS p WHERE slug = 'pitch';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['NO_OPDRACHTGEVER','OTHERS_ADOPT']) AS q WHERE slug = 'pitch';

-- 7. Business case
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'business-case',
'Business case',
$$Zet de kosten en baten van jullie oplossing op een rij, in geld, tijd en kwaliteit. De business case groeit mee met de route: eerst een ruwe schatting, aan het eind echte cijfers uit het experiment.$$,
$$Een opdrachtgever wil weten wat een oplossing oplevert en wat die kost. De business case laat dat zien voor de organisatie die het experiment ontvangt. Gebruik hem bij schetsen en adopteren om een opdrachtgever te overtuigen. En gebruik hem bij evalueren om te laten zien wat het experiment echt opleverde. De coach helpt daarbij.

Een business case kan ook laten zien dat iets niet werkt. Groen door de buurt wilde gemeentelijke kosten besparen door bewoners het groen te laten onderhouden. Toen bleek dat de oplossing geen geld bespaarde, stopte de Doetank. Jammer, maar het voorkwam verspilde moeite.

Let op: niet alle baten zijn in euro's uit te drukken. Tijd en kwaliteit tellen ook, bijvoorbeeld minder wachttijd voor burgers of minder dubbel werk. Wees eerlijk over wat je nog niet weet.$$,
$$1. Beschrijf kort de huidige situatie. Wat kost het probleem nu, en wie merkt dat?
2. Beschrijf de oplossing en wat ervoor nodig is.
3. Zet de kosten op een rij: geld, tijd van mensen, en wat het vraagt van de organisatie.
4. Zet de baten op een rij: geld, tijd en kwaliteit. Noteer voor wie de baat is. Dat is niet altijd de organisatie die betaalt.
5. Geef per regel aan of het een schatting is of iets wat je gemeten hebt.
6. Bespreek de business case met de opdrachtgever en de coach. Wat overtuigt, wat mist er?
7. Vul de business case aan tijdens en na het experiment, met wat je echt hebt gemeten.$$,
$$- Het printbare businesscase-blad uit Clubhuis
- Cijfers van de gastorganisatie, voor zover die er zijn$$,
'Een dagdeel voor een eerste versie, daarna aanvullen',
'2 tot 4 mensen, samen met de coach',
NULL,
'BUSINESS_CASE_SHEET', now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['SCHETSEN','ADOPTEREN','EVALUEREN']) AS p WHERE slug = 'business-case';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['NO_OPDRACHTGEVER','SHOW_VALUE']) AS q WHERE slug = 'business-case';

-- 8. Scrum
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'scrum',
'Scrum',
$$Werk in korte, vaste rondes van een paar weken. Elke ronde levert iets op dat je kunt testen, en daarna kijk je samen wat je ervan leert. Zo blijft het experiment klein, behapbaar en in beweging.$$,
$$In de fase experimenteren test je de oplossing in de praktijk, in kleine stappen die je herhaalt. Scrum geeft daar een ritme aan. Gebruik het als het experiment groot voelt, als het team weinig tijd heeft, of als het werk blijft liggen tussen twee bijeenkomsten.

Door in korte rondes te werken, knip je een groot probleem op in stukken die je wel aankunt. Na elke ronde zie je een resultaat. Je kunt bijsturen voordat je te ver de verkeerde kant op gaat. Eindgebruikers en opdrachtgever kijken regelmatig mee.

Let op: scrum is een hulpmiddel, geen doel. Houd het licht. Een lijst, een vaste korte afspraak en een terugblik per ronde zijn vaak genoeg.$$,
$$1. Maak een lijst van alles wat het experiment nodig heeft. Zet het belangrijkste bovenaan.
2. Spreek een vaste lengte af voor een ronde (een sprint), bijvoorbeeld twee tot vier weken.
3. Kies aan het begin van elke ronde wat jullie in die ronde afmaken. Kies liever te weinig dan te veel.
4. Houd korte, vaste check-ins, bijvoorbeeld een kwartier per week: wat deed ik, wat ga ik doen, waar loop ik vast?
5. Laat aan het eind van de ronde zien wat er ligt, aan eindgebruikers en opdrachtgever. Vraag om feedback.
6. Kijk als team terug: wat ging goed, wat doen we de volgende ronde anders?
7. Pas de lijst aan en begin de volgende ronde.$$,
$$- Een bord of gedeelde online lijst met de kolommen 'te doen', 'bezig' en 'klaar'
- Post-its of kaartjes$$,
'Rondes van 2 tot 4 weken, zolang het experiment loopt',
'3 tot 8 mensen',
NULL,
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EXPERIMENTEREN']) AS p WHERE slug = 'scrum';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['TEST_SMALL','WEAK_TEAM','PROBLEM_TOO_BIG']) AS q WHERE slug = 'scrum';

-- 9. Gatekeepers-overleg
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'gatekeepers-overleg',
'Gatekeepers-overleg',
$$Coaches kijken samen naar één Doetank: in welke fase zit hij, en hoe gezond is hij? Met de vragenlijst van die fase besluiten ze: door naar de volgende fase, bijsturen, het vraagstuk herformuleren of stoppen.$$,
$$Het gatekeepers-overleg is intervisie van coaches over één Doetank. De Kafkabrigade voegde het na ongeveer twee jaar aan de route toe. Het eerste overleg, in april 2014, ging over de Doetank in Molenwaard (Gemeente zonder huis). De vraag is steeds: kunnen we door naar een volgende fase?

Vraag een overleg aan op twee momenten:

- als de Doetank klaar lijkt voor een volgende fase, vooral richting adopteren of experimenteren;
- als de Doetank stilvalt of vastloopt.

Er zijn drie soorten uitkomsten. **Door** naar de volgende fase. **Bijsturen**: nog even in deze fase blijven met duidelijke afspraken, of het vraagstuk herformuleren en kleiner maken. Of **stoppen**. Stoppen is geen falen. Drie Doetanks hielden op na de probleemtoets van de coaches, en dat voorkwam verspilde moeite. Bij stoppen schrijf je de reden en de lessen op, zodat anderen ervan leren.$$,
$$1. Het team of de coach vraagt een gatekeepers-overleg aan in Clubhuis, met een korte toelichting.
2. Print de checklist van de fase waarin de Doetank zit. Het team levert vooraf een korte stand van zaken aan.
3. Twee of meer coaches bespreken de Doetank. De eigen coach vertelt, de anderen vragen door.
4. Loop de checkpunten langs en beantwoord ze met ja, nog niet of n.v.t. Gebruik de hulpvragen voor het gesprek. Bijvoorbeeld: is er een trekker, een team en een afgebakend vraagstuk? Zou een opdrachtgever het probleem herkennen? Kan de opdrachtgever echt beslissen? Zijn kosten en baten in beeld? Is het resultaat schaalbaar?
5. Besluit samen: door, blijven met afspraken, herformuleren of stoppen.
6. Leg de reflectie en het besluit vast bij de Doetank in Clubhuis. Bij herformuleren schrijf je het nieuwe vraagstuk op, bij stoppen de reden en de lessen.
7. Bespreek de uitkomst met de trekker en het team, en spreek af wanneer jullie opnieuw kijken.$$,
$$- De printbare gatekeepers-checklist van de fase
- Een korte stand van zaken van de Doetank$$,
'Ongeveer een uur per Doetank',
'2 tot 4 coaches',
'Kafkabrigade',
'GATE_CHECKLIST', now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','SCHETSEN','ADOPTEREN','EXPERIMENTEREN','EVALUEREN','VERBREDEN']) AS p WHERE slug = 'gatekeepers-overleg';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['STUCK','PROBLEM_TOO_BIG']) AS q WHERE slug = 'gatekeepers-overleg';

-- 10. Reflectiesessie en testimonials
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'reflectiesessie',
'Reflectiesessie en testimonials',
$$Kijk na het experiment samen terug: wat werkte, waarom, en tegen welke kosten? De coach leidt het gesprek. De opdrachtgever en eindgebruikers vertellen in een testimonial wat het hun opleverde.$$,
$$In de fase evalueren leer je van wat je deed. Houd een reflectiesessie aan het eind van een experiment, of aan het eind van een Doetank die stopt. Ook wat mislukte is de moeite waard: de lessen helpen andere Doetanks verder.

Een testimonial is een korte getuigenis van de opdrachtgever of een eindgebruiker: wat veranderde er, en wat leverde het op? Een testimonial maakt de waarde zichtbaar voor anderen en helpt bij verbreden.

Let op: plan de sessie voordat het team uit elkaar valt. Bij Jongeren aan zet gingen kernleden ander werk doen, en bleef een bijna klaar rapport liggen. En houd leren en beoordelen uit elkaar. Het gaat om leren, niet om afrekenen.$$,
$$1. Plan de sessie vlak na het experiment, met het hele team, de opdrachtgever en als het kan een paar eindgebruikers.
2. Zet vooraf de feiten op een rij: wat deden we, wanneer, met wie, en wat kwam eruit?
3. De coach leidt het gesprek met drie vragen: wat werkte, waarom werkte het (of niet), en wat kostte het?
4. Kijk ook naar het proces: het team, de opdrachtgever, het tempo en de samenwerking.
5. Vraag de opdrachtgever en een eindgebruiker om een testimonial van een paar zinnen, op papier of op film.
6. Schrijf de lessen op en vul de business case aan.
7. Maak er een narratief van: een kort verhaal, document of filmpje over het resultaat en de voorwaarden om het over te nemen. Deel het in Clubhuis.$$,
$$- Een tijdlijn van de Doetank op een groot vel
- Een telefoon of camera voor de testimonials (met toestemming)
- De business case$$,
'Een dagdeel',
'Het team, de coach, de opdrachtgever en een paar eindgebruikers',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EVALUEREN']) AS p WHERE slug = 'reflectiesessie';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['LEARN','SHOW_VALUE','STUCK']) AS q WHERE slug = 'reflectiesessie';

-- 11. Zelfmonitor-instrument
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'zelfmonitor',
'Zelfmonitor-instrument',
$$Een evaluatie-instrument dat de coach samen met het team gebruikt: waar staan we, wat gaat goed, wat hapert? Zo kijkt de Doetank zelf naar voortgang en gezondheid, ook tussen de gatekeepers-overleggen door.$$,
$$De coach zet het zelfmonitor-instrument in om samen met het team terug te kijken. In Slimmernetwerk is het twee keer gebruikt. Het helpt om te zien of je nog op koers ligt, en om te leren terwijl de Doetank loopt, niet pas aan het eind.

Gebruik het in de fase evalueren, of eerder als het stroef gaat. Bijvoorbeeld als de energie zakt, afspraken uitlopen, of het team twijfelt of het nog zin heeft. Het instrument maakt zichtbaar waar het aan ligt. Dan kun je kiezen: doorgaan, bijsturen of een gatekeepers-overleg aanvragen.

Let op: het is een zelfmonitor. Het gaat om een eerlijk beeld van en door het team, niet om een oordeel van buitenaf.$$,
$$1. De coach kiest samen met de trekker een moment, bijvoorbeeld na een testronde of als het team vastloopt.
2. Iedereen vult apart een korte vragenlijst in, over het vraagstuk, het team, de opdrachtgever, de voortgang en wat we leren.
3. De coach zet de antwoorden naast elkaar. Waar zijn we het over eens, waar verschillen we?
4. Bespreek de verschillen in een korte teamsessie.
5. Kies één of twee dingen om te verbeteren, en spreek af wie wat doet.
6. Herhaal de zelfmonitor na een paar maanden, om te zien of het beter gaat.
7. Deel de belangrijkste les als reflectie in Clubhuis.$$,
$$- Een korte vragenlijst; de werkprincipes-checklist is een goede basis$$,
'Een uur invullen en bespreken',
'Het team met de coach',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EVALUEREN']) AS p WHERE slug = 'zelfmonitor';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['LEARN','STUCK']) AS q WHERE slug = 'zelfmonitor';

-- 12. Value Network Analysis
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'value-network-analysis',
'Value Network Analysis',
$$Breng in kaart wie er rond jullie oplossing een rol spelen en wat ze met elkaar uitwisselen: geld en diensten, maar ook kennis, vertrouwen en steun. Zo zie je wie je nodig hebt om het resultaat te verspreiden.$$,
$$Slimmernetwerk gaf deze werkvorm aan de Diffusietanks: Doetanks met een resultaat dat klaar was om te verspreiden. Gebruik hem in de fase verbreden. Bijvoorbeeld als je wilt dat andere organisaties jullie oplossing overnemen, of als het resultaat onderdeel moet worden van het gewone werk.

Een oplossing verspreidt zich via mensen en organisaties die er iets aan hebben. De analyse laat zien wie dat zijn, wat ze geven en wat ze krijgen. Zo vind je de partijen die het resultaat kunnen dragen, en zie je waar nog iets ontbreekt. Het helpt ook om de waarde te laten zien, voor elke partij apart.

Let op: niet alle waarde is geld. Kennis, aandacht en vertrouwen zijn vaak net zo belangrijk.$$,
$$1. Zet alle rollen rond de oplossing op een vel: eindgebruikers, gastorganisatie, opdrachtgever, mogelijke overnemers, partners en financiers.
2. Teken met pijlen wat ze elkaar geven aan tastbare dingen, zoals geld, diensten en producten.
3. Teken in een andere kleur de niet-tastbare waarde, zoals kennis, feedback, vertrouwen en zichtbaarheid.
4. Kijk per rol: wat krijgt deze partij, en wat geeft ze? Is dat in balans?
5. Zoek de gaten. Wie heeft er belang bij, maar zit nog niet in het netwerk? Welke uitwisseling ontbreekt?
6. Kies de twee of drie partijen die het belangrijkst zijn voor verspreiding, en spreek af wie hen benadert.$$,
$$- Een groot vel papier of een whiteboard
- Stiften in twee kleuren
- Post-its voor de rollen$$,
'Een dagdeel',
'3 tot 8 mensen',
NULL,
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['VERBREDEN']) AS p WHERE slug = 'value-network-analysis';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['OTHERS_ADOPT','SHOW_VALUE']) AS q WHERE slug = 'value-network-analysis';

-- 13. Checklist opschaling en verspreiding
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'checklist-opschaling',
'Checklist opschaling en verspreiding',
$$Ga met een korte checklist na of jullie resultaat klaar is om te verspreiden. Is het een succes, kun je het laten zien, is het over te nemen, en wie gaat het dragen?$$,
$$Ook deze werkvorm kregen de Diffusietanks mee. Gebruik hem aan het begin van de fase verbreden. Het experiment heeft iets opgeleverd, en jullie willen dat andere organisaties het overnemen of dat het gewoon werk wordt.

Verspreiden gaat niet vanzelf. Kennisbehoud merkte dat organisaties het probleem wel herkennen, maar een oplossing op maat willen. Iets wat makkelijk te kopiëren is, zoals Train je collega, verspreidt zich veel sneller. De checklist helpt je kiezen hoe je verspreidt: met publicaties, presentaties, lobby, samenwerking met partners, een kennis- of leerkring of masterclasses.

De vragen sluiten aan bij het gatekeepers-overleg van de fase verbreden: succes? mediageniek? schaalbaar?$$,
$$1. **Succes?** Wat is het resultaat precies, en hoe weet je dat? Zijn kosten en baten in beeld?
2. **Te laten zien?** Hoe maak je het resultaat zichtbaar: een verhaal, een filmpje, een testimonial? Is het mediageniek?
3. **Algemeen te maken?** Wat is de kern van de oplossing, los van jullie eigen situatie? Beschrijf het probleem zo dat anderen het herkennen.
4. **Schaalbaar?** Kan het groter, of bij andere organisaties? Wat moeten zij aanpassen aan hun eigen situatie?
5. **In te bedden?** Kan het opgaan in het gewone werk van de gastorganisatie? Wie wordt eigenaar als de Doetank stopt?
6. **Wie neemt het over?** Welke organisaties hebben hetzelfde probleem, en wie kent hen? Vraag de coach en de supporters om hun netwerk in te zetten.
7. **Welke route?** Kies de manier van verspreiden die past: publicatie, presentatie, lobby, partnerschap, kennis- of leerkring of masterclass.
8. **Wie trekt het?** Spreek af wie de verspreiding trekt, en wanneer jullie terugkijken.$$,
$$- De uitkomsten van de reflectiesessie en de business case
- Een lijst met mogelijke overnemers$$,
'Een dagdeel om de checklist door te lopen',
'Het team met de coach',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['VERBREDEN']) AS p WHERE slug = 'checklist-opschaling';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['OTHERS_ADOPT']) AS q WHERE slug = 'checklist-opschaling';

-- 14. Kennis- en leerkring
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'kennis-leerkring',
'Kennis- en leerkring',
$$Een groep collega's uit verschillende organisaties die samen een vernieuwing overnemen en aanpassen aan hun eigen praktijk. Ze leren van elkaar en van de organisatie die het als eerste deed.$$,
$$Een oplossing kun je zelden één op één kopiëren. Elke organisatie maakt haar eigen versie. In een kennis- of leerkring doen collega's dat samen. Ze komen regelmatig bij elkaar, delen wat werkt en helpen elkaar verder.

Gebruik het in de fase verbreden, als meer organisaties belangstelling hebben. De Doetank Kennisbehoud werkte na het experiment bij het Kadaster een jaar als kenniskring, met kleine opdrachten voor gemeenten. Bij InAxis zorgden leerkringen ervoor dat ongeveer dertig gemeenten hun aanpak baseerden op de wijkzorgteams van Enschede.

Let op: een kring leeft van geven en nemen. Zorg dat elke deelnemer een eigen vraag meebrengt en iets te doen heeft tussen de bijeenkomsten.$$,
$$1. Nodig organisaties uit die hetzelfde probleem hebben en de oplossing willen proberen. Begin klein, met een paar deelnemers.
2. Laat de organisatie die het al deed vertellen wat ze deed, wat werkte en wat de voorwaarden waren.
3. Laat elke deelnemer een eigen vraag of situatie inbrengen.
4. Spreek een vast ritme af, bijvoorbeeld eens per zes tot acht weken.
5. Werk tussen de bijeenkomsten aan kleine opdrachten in de eigen organisatie.
6. Bespreek in elke bijeenkomst wat de deelnemers probeerden en wat ze leerden.
7. Leg de lessen vast en deel ze, zodat ook anderen ze kunnen gebruiken.$$,
$$- Een korte beschrijving van de oorspronkelijke oplossing en de voorwaarden$$,
'Een reeks bijeenkomsten, vaak een half jaar tot een jaar',
'Een paar organisaties, met elk een of twee deelnemers',
'Slimmernetwerk en InAxis',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['VERBREDEN']) AS p WHERE slug = 'kennis-leerkring';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['OTHERS_ADOPT','LEARN']) AS q WHERE slug = 'kennis-leerkring';

-- 15. Storytelling en outside-in
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'storytelling',
'Storytelling en outside-in',
$$Kijk van buiten naar binnen: vanuit de burger, niet vanuit de organisatie. Verhalen van eindgebruikers helpen je het probleem te begrijpen, een experiment bij te sturen en het resultaat over te brengen.$$,
$$Outside-in betekent: je vraagt niet alleen of beleid is uitgevoerd, maar of het de burger heeft bereikt. Dat perspectief is zelf al een interventie. De Doetank Maatschappelijk rekenkameronderzoek werkte zo. In een pilot in De Ronde Venen keek het team vanuit de burger naar de behandeling van bezwaarschriften. Het rapport leidde tot een ongewoon reflectief debat in de gemeenteraad, met leervragen in plaats van oordelen.

Verhalen helpen ook bij verspreiden. Een goed verhaal blijft beter hangen dan een rapport. Social Lab Amsteldorp maakte de verhalen van bewoners zichtbaar. En InAxis maakte van voorbeelden van overbodig beleid korte verhalen en kunstwerken, in het Museum voor Overbodig Beleid.

Let op: een verhaal moet kloppen. Gebruik echte uitspraken, vraag toestemming en check het verhaal bij de mensen over wie het gaat.$$,
$$1. Bepaal wie het verhaal vertelt: welke burger of eindgebruiker, en over welk moment?
2. Verzamel verhalen in gesprekken of veldwerk. Noteer letterlijke uitspraken.
3. Kies het verhaal dat het probleem of het resultaat het best laat zien.
4. Vertel het kort en concreet: wie is het, wat gebeurde er, wat veranderde er?
5. Check het verhaal bij de persoon zelf en bij de betrokken professionals.
6. Kies de vorm: een blog, een kort filmpje, een presentatie op een Café of een tentoonstelling.
7. Gebruik het verhaal om bij te sturen en te verspreiden: bij de opdrachtgever, in de raad, bij mogelijke overnemers. Vraag wat het verhaal bij hen losmaakt.$$,
$$- Een telefoon of camera
- Toestemming van de mensen in het verhaal$$,
'Een paar dagdelen per verhaal',
'2 tot 5 mensen',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EXPERIMENTEREN','EVALUEREN','VERBREDEN']) AS p WHERE slug = 'storytelling';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['OTHERS_ADOPT','SHOW_VALUE','UNKNOWN_END_USER']) AS q WHERE slug = 'storytelling';

-- 16. Social lab
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'social-lab',
'Social lab',
$$Een tijdelijk lab midden in de wijk, waar bewoners, professionals en makers samen een maatschappelijk vraagstuk onderzoeken en meteen dingen uitproberen. Inclusief, onderzoekend, gericht op actie, buiten en open.$$,
$$Een social lab past bij vraagstukken die in de samenleving spelen en waar veel partijen bij betrokken zijn. Het netwerk merkte dat de onderwerpen van professionals maar zelden aansloten bij politieke prioriteiten. Het social lab werd een manier om maatschappelijke vraagstukken samen met de mensen zelf aan te pakken.

Social Lab Amsteldorp liep in de zomer van 2014 twee weken, door Kennisland met de gemeente Amsterdam, over goed ouder worden. Een verlaten plein werd een ontmoetingsplek, en een kantoor van de woningcorporatie werd de uitvalsbasis. Bewoners vertelden dat ze zelfstandig willen blijven en zelf willen kiezen, en niet als zorgcliënt behandeld willen worden. Wonen en vervoer bleken net zo belangrijk als zorg.

Vijf kenmerken: **inclusief** (iedereen doet mee), **onderzoekend**, **gericht op actie**, **buiten** (in de wijk, niet op kantoor) en **open**.$$,
$$1. Kies het vraagstuk en de wijk, samen met een gemeente of een andere partner die wil leren.
2. Stel een gemengd team samen: ambtenaren, professionals uit de wijk, ontwerpers, onderzoekers en bewoners.
3. Zoek een zichtbare, open plek in de wijk, zoals een plein, een leeg pand of een buurtkantoor.
4. Ga in gesprek met bewoners, op straat en bij hen thuis. Verzamel hun verhalen.
5. Probeer tijdens het lab al kleine dingen uit, samen met bewoners. Bijvoorbeeld: richt een ontmoetingsplek in.
6. Maak wat je ziet en hoort meteen zichtbaar in het lab, met citaten, foto's en schetsen.
7. Sluit af met een presentatie voor bewoners en betrokken organisaties. Wat hebben we geleerd, wat moet er anders, en wie pakt wat op?$$,
$$- Een plek in de wijk
- Eenvoudig meubilair, borden, stiften en een camera
- Koffie en thee$$,
'Ongeveer twee weken in de wijk, plus voorbereiding',
'Een klein, gemengd kernteam, plus bewoners',
'Kennisland, binnen Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','SCHETSEN','ADOPTEREN','EXPERIMENTEREN']) AS p WHERE slug = 'social-lab';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['UNKNOWN_END_USER','NEED_IDEAS','TEST_SMALL']) AS q WHERE slug = 'social-lab';

-- 17. Werkprincipes-checklist
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'werkprincipes',
'Werkprincipes-checklist',
$$Acht werkprincipes van een goede Doetank, als checklist: een coach, netwerken, de doelgroep, motivatie, belangen van organisaties, interdisciplinair werken, kleine herhaalde stappen en open delen.$$,
$$De werkprincipes gelden in elke fase. Loop ze door bij de start, voor een gatekeepers-overleg, of als het team vastloopt. Vaak zit het probleem niet in het vraagstuk, maar in de manier van werken. Teams die alleen in hun vrije tijd werken, missen slagkracht. Bij Jongeren aan zet gingen kernleden ander werk doen, en bleef een bijna klaar rapport liggen. Een goede mix helpt: een kern met een direct belang, plus frisse buitenstaanders.

- **Coach:** is er een coach die het proces bewaakt?
- **Netwerken:** zetten we ons netwerk en dat van supporters in?
- **Doelgroep:** doen eindgebruikers mee?
- **Motivatie:** voelen we het probleem, en hebben we er tijd voor, liefst binnen ons gewone werk?
- **Organisatiebelangen:** weten we welke belangen de betrokken organisaties hebben?
- **Interdisciplinair:** is het team gemengd, met mensen van binnen en van buiten?
- **Kleine stappen:** werken we in kleine stappen die we herhalen?
- **Open delen:** delen we wat we doen en leren, ook wat mislukt?$$,
$$1. Neem de acht principes door met het team en de coach.
2. Laat ieder per principe aangeven: gaat goed, kan beter of ontbreekt.
3. Leg de antwoorden naast elkaar en bespreek de verschillen.
4. Kies de twee principes die nu het zwakst zijn.
5. Bedenk per principe één concrete actie, met een naam en een datum. Bijvoorbeeld: de opdrachtgever vragen om tijd, een buitenstaander erbij halen of een eindgebruiker uitnodigen.
6. Kijk bij het volgende overleg of gatekeepers-overleg of het beter gaat.$$,
NULL,
'Een half uur tot een uur',
'Het team met de coach',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','SCHETSEN','ADOPTEREN','EXPERIMENTEREN','EVALUEREN','VERBREDEN']) AS p WHERE slug = 'werkprincipes';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['WEAK_TEAM','STUCK']) AS q WHERE slug = 'werkprincipes';

-- 18. Doetank-gereedschapskist
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'gereedschapskist',
'Doetank-gereedschapskist',
$$Een set kaarten met werkvormen voor elke fase van de route. Leg ze op tafel, kies wat past bij jullie fase en vraag, en combineer ze tot een eigen aanpak.$$,
$$De gereedschapskist is een kaartenset met de werkvormen van het netwerk. Gebruik hem als je een aanpak zoekt, bijvoorbeeld aan het begin van een nieuwe fase. Of als het team vastzit en nieuwe ideeën nodig heeft.

Met kaarten op tafel praat je makkelijker over hoe je werkt. Iedereen kan meedenken, ook wie de werkvormen nog niet kent. De coach helpt kiezen en legt uit hoe een werkvorm werkt. In Clubhuis vind je dezelfde werkvormen in de toolkit en de inspiratiewijzer.

Let op: kies niet te veel tegelijk. Eén of twee werkvormen per fase is vaak genoeg.$$,
$$1. Leg de kaarten op tafel, per fase.
2. Zeg in één zin in welke fase jullie zitten en waar jullie tegenaan lopen.
3. Laat ieder twee of drie kaarten kiezen die kunnen helpen.
4. Bespreek de keuzes: wat levert deze werkvorm op, wat kost hij, en past hij bij ons team?
5. Kies één of twee werkvormen en spreek af wie ze voorbereidt, samen met de coach.
6. Kijk na afloop terug: hielp het? Noteer bij de Doetank in Clubhuis welke werkvorm jullie gebruikten en wat het opleverde.$$,
$$- De kaartenset, of de werkvormen uit de toolkit in Clubhuis, geprint$$,
'Een uur',
'3 tot 8 mensen',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','SCHETSEN','ADOPTEREN','EXPERIMENTEREN','EVALUEREN','VERBREDEN']) AS p WHERE slug = 'gereedschapskist';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['NEED_IDEAS']) AS q WHERE slug = 'gereedschapskist';

-- 19. Ordes van vernieuwing
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'ordes-van-vernieuwing',
'Ordes van vernieuwing',
$$Op welk niveau wil je iets veranderen? Van bovenaf met nieuwe regels, door processen opnieuw in te richten, of met kleine experimenten in de praktijk. Een Doetank werkt op dat derde niveau.$$,
$$Gebruik deze indeling bij de start, om je vraagstuk te plaatsen. Veel problemen voelen zo groot dat alleen een nieuwe wet of een grote reorganisatie ze lijkt op te lossen. Dat ligt buiten het bereik van een Doetank.

- **Eerste orde:** vernieuwing van bovenaf, met regels en beleid.
- **Tweede orde:** processen opnieuw ontwerpen.
- **Derde orde:** kleine experimenten in de praktijk. Hier werkt Slimmernetwerk.

De lessen van het netwerk: Jong in Zicht ontwierp een nieuw beleidsinstrument in plaats van een praktische oplossing voor het probleem op de werkvloer, en kwam niet verder. Slim en verantwoord innen eindigde het eerste jaar met alleen een adviesrapport, en begon daarna opnieuw, nu richting een experiment. Mik dus op een experiment, niet op een advies.$$,
$$1. Schrijf jullie vraagstuk en de oplossing die jullie voor ogen hebben elk in één zin op.
2. Bepaal op welk niveau die oplossing ligt: nieuwe regels, een nieuw proces of een klein experiment?
3. Ligt het op het eerste of tweede niveau? Zoek dan een klein experiment dat laat zien dat het anders kan. Wat kun je snel proberen, bij één organisatie of met één groep?
4. Ga na of dat experiment binnen jullie bereik ligt. Hebben jullie, of een opdrachtgever, de ruimte om het te doen?
5. Herschrijf het vraagstuk zo dat het bij een experiment past.
6. Noteer welke regels of processen in de weg zitten. Die kun je later aankaarten, bijvoorbeeld via een supporter of met casusadoptie.$$,
NULL,
'Een uur',
'Het team met de coach',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN']) AS p WHERE slug = 'ordes-van-vernieuwing';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['PROBLEM_TOO_BIG']) AS q WHERE slug = 'ordes-van-vernieuwing';

-- 20. Urgentiematrix
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'urgentiematrix',
'Urgentiematrix (PB/MO × OB/ZB)',
$$Plaats jullie vraagstuk op twee assen en schat in hoe urgent het is en hoe groot de kans is dat het wordt overgenomen en verspreid. TNO gebruikte deze typering voor de Doetanks van het netwerk.$$,
$$Gebruik de matrix bij de intake en bij een gatekeepers-overleg, vooral rond adopteren. Hij helpt te zien of een vraagstuk urgent genoeg is om een opdrachtgever te vinden, en of een oplossing kans heeft om zich te verspreiden.

- **PB of MO:** speelt het vraagstuk politiek-bestuurlijk, bijvoorbeeld omdat het hoog in de organisatie wordt opgepakt of goed bestuur raakt (PB)? Of speelt het vooral binnen de organisatie en bij medewerkers (MO)?
- **OB of ZB:** blijft de vernieuwing binnen de overheid (OB)? Of raakt ze burgers en samenleving direct, bijvoorbeeld doordat burgers zelf iets oplossen (ZB)?

Een vraagstuk kan op beide kanten van een as liggen. Daarnaast schat je de urgentie in, en de kans op adoptie en verspreiding. Leegstand benutten liet zien waarom dat telt: de gemeente vond het probleem minder urgent dan gedacht, en de opdrachtgever trok zich terug. En TNO zag bij Train je collega een grote kans op verspreiding, omdat het concept makkelijk over te nemen is.$$,
$$1. Beschrijf het vraagstuk in één of twee zinnen.
2. Kies op de eerste as: PB of MO. Twijfel je, noteer dan beide en zeg wat het zwaarst weegt.
3. Kies op de tweede as: OB of ZB.
4. Schat de urgentie in: hoog, matig of laag. Voor wie is het urgent? Voelt de mogelijke opdrachtgever het ook?
5. Schat de kans op adoptie in: is er een organisatie die het wil en kan uitvoeren? En de kans op verspreiding: hebben andere organisaties hetzelfde probleem, en is de oplossing makkelijk over te nemen?
6. Bespreek de uitkomst met de coach. Is de urgentie laag of de kans klein? Overweeg dan bijsturen, herformuleren of stoppen.
7. Noteer de typering en de inschatting, en kijk er bij het volgende gatekeepers-overleg opnieuw naar.$$,
$$- Een vel met de twee assen erop getekend$$,
'Een half uur tot een uur',
'Trekker en coach, of het hele team',
'TNO',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['INITIEREN','ADOPTEREN']) AS p WHERE slug = 'urgentiematrix';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['PROBLEM_TOO_BIG','STUCK']) AS q WHERE slug = 'urgentiematrix';

-- 21. Deuren openen via een supporter
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'supporter-inschakelen',
'Deuren openen via een supporter',
$$Supporters zijn ervaren mensen met een groot netwerk, soms tot aan de minister. Vraag hen om deuren te openen naar opdrachtgevers, om feedback op jullie aanpak, en om een doorbraak als jullie vastlopen.$$,
$$Het netwerk had een supportcomité van ervaren mensen met goede contacten. Supporters openen deuren naar opdrachtgevers, geven vroeg feedback, leggen uit hoe opdrachtgevers denken en overtuigen organisaties. Later in de route helpen ze doorbraken te forceren, lobbyen ze en geven ze masterclasses.

Schakel een supporter in als jullie geen opdrachtgever vinden, als een organisatie niet beweegt, of als jullie resultaat een podium nodig heeft om te worden overgenomen.

Let op: het gaat via supporters vaak langzaam, en ze doen alleen mee als ze zelf overtuigd zijn. In het netwerk werden ze te weinig ingezet. En een supporter is geen garantie. Slim en verantwoord innen had drie supporters, die het vraagstuk tot bij DG, SG en minister brachten. In Den Haag werd het toch weinig opgepakt.$$,
$$1. Bepaal wat je precies nodig hebt: een deur naar een opdrachtgever, feedback, een doorbraak of een podium.
2. Kies samen met de coach een supporter die bij het vraagstuk past en de juiste mensen kent.
3. Maak je verhaal kort en sterk: het probleem, wat jullie al deden, en wat je van de supporter vraagt. Gebruik jullie pitch.
4. Vraag de supporter eerst om feedback. Is hij of zij overtuigd? Zo niet, wat ontbreekt er?
5. Vraag de supporter de top te benaderen: een directeur, DG of bestuurder die kan beslissen.
6. Spreek af wanneer jullie elkaar weer spreken. Houd de supporter op de hoogte van wat het oplevert.
7. Plan ruim. Een route via een supporter kost vaak weken tot maanden.$$,
$$- Jullie pitch op één A4$$,
'Weken tot maanden; plan ruim',
'Trekker, coach en één supporter',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['ADOPTEREN','VERBREDEN']) AS p WHERE slug = 'supporter-inschakelen';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['NO_OPDRACHTGEVER','OTHERS_ADOPT','STUCK']) AS q WHERE slug = 'supporter-inschakelen';

-- 22. Spelregels met de echte besluitvormer
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'adoptieafspraak',
'Spelregels met de echte besluitvormer',
$$Maak vooraf afspraken met degene die echt over het experiment beslist: randvoorwaarden, spelregels en momenten om terug te koppelen. Leg ze vast in een schriftelijke opdracht.$$,
$$De les van 2013: de opdrachtgever aan tafel was vaak gedelegeerd. Een directeur besliste later, en dan bleek er geen ruimte voor het experiment. Bij minstens vier Doetanks had de opdrachtgever niet de bevoegdheid om te beslissen. Leegstand benutten vond een opdrachtgever, maar die trok zich later terug.

Gebruik deze werkvorm in de fase adopteren, zodra er een mogelijke opdrachtgever is. Zoek uit wie echt beslist, en maak met die persoon afspraken voordat het experiment begint. Kennisbehoud ging bij het Kadaster verder met een schriftelijke opdracht.

Let op: een mondeling ja is niet genoeg. Betrek de opdrachtgever vroeg, en mik op een experiment, niet op een adviesrapport.$$,
$$1. Zoek uit wie er echt over het experiment beslist. Vraag het de opdrachtgever aan tafel gewoon: kunt u dit besluiten, en zo niet, wie wel?
2. Vraag om een gesprek met die besluitvormer, samen met de opdrachtgever aan tafel.
3. Spreek de randvoorwaarden af: tijd, geld, mensen, een testlocatie en het mandaat om te experimenteren.
4. Spreek de spelregels af. Wat mag het team zelf beslissen, en wat niet? Wat gebeurt er als het experiment anders loopt dan gedacht?
5. Spreek terugkoppelmomenten af. Wanneer hoort de besluitvormer hoe het gaat, en wanneer besluit hij of zij over de volgende stap?
6. Leg alles vast in een schriftelijke opdracht, en laat de besluitvormer die bevestigen.
7. Leg de adoptieafspraak ook vast bij jullie Doetank in Clubhuis. Het gatekeepers-overleg van de fase adopteren vraagt ernaar.$$,
$$- Een concept van de schriftelijke opdracht
- Jullie pitch en business case$$,
'Een of twee gesprekken',
'Trekker, opdrachtgever en besluitvormer, eventueel met de coach',
'Slimmernetwerk',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['ADOPTEREN']) AS p WHERE slug = 'adoptieafspraak';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['NO_OPDRACHTGEVER']) AS q WHERE slug = 'adoptieafspraak';

-- 23. Rakeling
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'rakeling',
'Rakeling',
$$Een erkenning voor een experiment dat net niet lukte, maar veel leerde. Bij de eerste Rakeling van InAxis hoefde de subsidie niet terug, en werden de lessen uitgezocht en gedeeld. Zo eer je mislukkingen en leren anderen ervan.$$,
$$Een rakeling is iets wat net niet raak is. InAxis, een voorganger van het netwerk, gebruikte het woord voor experimenten die niet slaagden, maar wel lessen opleverden. Het Waterketenhuis Limburg was de eerste Rakeling. Het gezamenlijke waterbedrijf kwam er niet, onder meer omdat maar drie van de vijf gemeenten instemden. De subsidie werd niet teruggevorderd. De lessen werden geëvalueerd en later opnieuw gebruikt, onder meer bij Chemelot.

Gebruik de Rakeling in de fase evalueren, als een Doetank stopt of een experiment mislukt. Het doel: falen niet wegstoppen, maar naast de successen laten zien.

Let op: een Rakeling is geen troostprijs. De erkenning hoort bij een eerlijke analyse: wat ging er mis, waarom, en wat moeten anderen weten?$$,
$$1. Stel vast dat het experiment of de Doetank niet gaat lukken, bijvoorbeeld na een gatekeepers-overleg.
2. Zoek samen met de coach uit wat er misging en waarom. Lag het aan de partners, de timing, de opdrachtgever of het vraagstuk?
3. Schrijf de lessen op. Wat zou je een volgende Doetank aanraden?
4. Benoem ook wat wél werkte en wat anderen kunnen gebruiken.
5. Eer het team: noem de Doetank een Rakeling, bijvoorbeeld op een Café of in een blog.
6. Publiceer de lessen in Clubhuis, bij de lessen van het netwerk.
7. Zoek een plek waar de lessen verder kunnen, zoals de lessen van het Waterketenhuis bij Chemelot terechtkwamen.$$,
NULL,
'Een dagdeel om de lessen op te schrijven',
'Het team met de coach',
'InAxis',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EVALUEREN']) AS p WHERE slug = 'rakeling';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['LEARN']) AS q WHERE slug = 'rakeling';

-- 24. Casusadoptie
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'casusadoptie',
'Casusadoptie',
$$Gebruik concrete gevallen om onbedoelde obstakels in beleid en regels op te ruimen. Een organisatie die over de regels gaat, neemt een casus op zich en zoekt uit wat er in de weg zit en hoe het anders kan.$$,
$$Casusadoptie is ontwikkeld met steun van InAxis. Het gebruikt concrete gevallen om onbedoelde obstakels in beleid en regelgeving weg te nemen. Het werkt goed als een oplossing vastloopt op regels die niemand zo bedoeld heeft.

Een voorbeeld: Horeca1 in Amsterdam bracht zeven vergunningen voor nieuwe horecaondernemers samen in één online formulier. Daarbij kwamen tegenstrijdige regels boven. Dat leidde tot een traject bij het ministerie van BZK, ondersteund met casusadoptie.

Gebruik het in de fase verbreden: jullie oplossing werkt, maar overname stokt op regels die bij een andere overheid liggen. Een concrete casus maakt het obstakel zichtbaar voor wie de regel kan veranderen.$$,
$$1. Kies een concrete casus waarin een regel of beleid een goede oplossing blokkeert.
2. Beschrijf precies welke regel in de weg zit, en wat het gevolg is voor de burger, ondernemer of professional.
3. Zoek de organisatie die over die regel gaat, bijvoorbeeld een ministerie.
4. Vraag die organisatie om de casus te adopteren: samen uitzoeken tot het obstakel helder is.
5. Ga samen na of het obstakel zo bedoeld is. Zo niet: hoe kan het weg, of welke ruimte is er nu al?
6. Leg de uitkomst vast en deel hem, zodat ook andere organisaties ervan profiteren.$$,
$$- Een beschrijving van de casus (zie ook casusonderzoek)$$,
'Weken tot maanden',
'Het team, plus de organisatie die over de regels gaat',
'InAxis',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['VERBREDEN']) AS p WHERE slug = 'casusadoptie';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['OTHERS_ADOPT']) AS q WHERE slug = 'casusadoptie';

-- 25. Kenniscodificatie
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'kenniscodificatie',
'Kenniscodificatie',
$$Oogst de lessen van een experiment en schrijf ze op in een vorm die anderen kunnen gebruiken: wat werkte, onder welke voorwaarden, en waar moet je op letten. Zo gaat kennis niet verloren als het team uit elkaar gaat.$$,
$$InAxis gebruikte kenniscodificatie om de lessen uit experimenten te oogsten. Kennis zit vaak in de hoofden van de mensen die het deden. Gaan zij ander werk doen, dan is die kennis weg. Bij Jongeren aan zet gingen kernleden ander werk doen, en werd een bijna klaar rapport nooit gepubliceerd.

Gebruik het in evalueren en verbreden. Een Doetank levert niet alleen een experiment op, maar ook een narratief: een verhaal over de voorwaarden voor adoptie en de kansen op verspreiding. Kenniscodificatie helpt je dat verhaal te maken.

Let op: schrijf voor de lezer die het wil overnemen, niet voor jezelf. Kort en concreet werkt beter dan volledig.$$,
$$1. Plan het vastleggen meteen na het experiment, nu het team nog compleet is.
2. Verzamel het materiaal: verslagen, blogs, reflecties, de business case en testimonials.
3. Beantwoord een vaste set vragen: wat was het probleem, wat deden we, wat werkte en wat niet, wat kostte het, en onder welke voorwaarden werkt het?
4. Maak de oplossing los van jullie eigen situatie. Wat is de kern die anderen kunnen overnemen?
5. Laat een buitenstaander het stuk lezen. Begrijpt die het zonder uitleg?
6. Publiceer het in Clubhuis en deel het met mogelijke overnemers.$$,
$$- Verslagen, blogs en reflecties van de Doetank$$,
'Een of twee dagdelen',
'2 tot 4 mensen, met de coach',
'InAxis',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EVALUEREN','VERBREDEN']) AS p WHERE slug = 'kenniscodificatie';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['LEARN']) AS q WHERE slug = 'kenniscodificatie';

-- 26. Innovatiepatent en leerkring
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'innovatiepatent',
'Innovatiepatent en leerkring',
$$Erken een geslaagde vernieuwing met een innovatiepatent, en koppel er een leerkring aan van organisaties die hem willen overnemen. Zo beloon je de vernieuwer en help je de overnemers op weg.$$,
$$InAxis werkte met innovatiepatenten en leerkringen om overname te belonen en te steunen. De wijkzorgteams van Enschede zijn een goed voorbeeld. Enschede verving de carrousel van losse hulpverleners rond multiprobleemgezinnen door wijkzorgteams. Na een innovatiepatent (2006) en leerkringen baseerden ongeveer dertig gemeenten hun aanpak erop.

Gebruik deze werkvorm in de fase verbreden, als jullie oplossing heeft laten zien dat ze werkt en andere organisaties belangstelling hebben. Het patent maakt de vernieuwing zichtbaar en erkend. De leerkring helpt overnemers hun eigen versie te maken.

Let op: een patent is hier geen bescherming. Het is juist een uitnodiging om over te nemen.$$,
$$1. Beschrijf de vernieuwing zo dat anderen haar begrijpen: probleem, oplossing, resultaat en voorwaarden (zie kenniscodificatie).
2. Laat de vernieuwing erkennen, bijvoorbeeld door het netwerk of een partner, en maak die erkenning zichtbaar.
3. Nodig organisaties uit die de vernieuwing willen overnemen.
4. Start een leerkring met de vernieuwer en de overnemers.
5. Laat elke overnemer de vernieuwing aanpassen aan de eigen situatie, met hulp van de vernieuwer.
6. Vier overname: laat overnemers hun resultaat laten zien, bijvoorbeeld op een Café.
7. Verzamel de lessen uit de leerkring en voeg ze toe aan de beschrijving.$$,
NULL,
'Een leerkring van enkele maanden tot een jaar',
'De vernieuwer plus een paar overnemende organisaties',
'InAxis',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['VERBREDEN']) AS p WHERE slug = 'innovatiepatent';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['OTHERS_ADOPT']) AS q WHERE slug = 'innovatiepatent';

-- 27. Referentiegroep
INSERT INTO werkvorm (slug, name, summary, when_to_use, steps, materials, duration, group_size, origin, printable, created_at, updated_at) VALUES (
'referentiegroep',
'Referentiegroep',
$$Een groep collega's uit andere organisaties die het experiment volgt. Ze geven feedback, toetsen of de oplossing ook bij hen zou werken, en kunnen later de eerste overnemers zijn.$$,
$$InAxis gebruikte referentiegroepen bij experimenten. Horeca1 Amsterdam bracht zeven vergunningen voor nieuwe horecaondernemers samen in één online formulier. Een referentiegroep van twaalf gemeenten was daarbij betrokken.

Gebruik een referentiegroep in experimenteren en evalueren. Een team kijkt vaak alleen naar de eigen situatie. Een referentiegroep houdt je een spiegel voor: werkt dit ook elders, en wat zien wij over het hoofd? Dat helpt als je vastloopt, en het bereidt verbreden voor. Betrek ook partijen die indirect geraakt worden. Bij het Waterketenhuis Limburg kwamen die te laat in beeld, en zij verzetten zich tegen het plan.

Let op: een referentiegroep denkt mee, maar beslist niet. Houd de bijeenkomsten kort en gericht.$$,
$$1. Nodig collega's uit van organisaties met een vergelijkbaar probleem, en van partijen die indirect geraakt worden.
2. Spreek af wat je van hen vraagt: meedenken en feedback geven, geen besluiten nemen.
3. Laat hen bij de start het plan voor het experiment toetsen.
4. Kom op vaste momenten bij elkaar, bijvoorbeeld na elke testronde. Laat zien wat jullie deden en wat eruit kwam.
5. Vraag steeds: zou dit bij jullie werken? Wat zou je anders doen?
6. Gebruik hun feedback om bij te sturen.
7. Vraag aan het eind wie de oplossing zelf wil proberen.$$,
NULL,
'Een paar bijeenkomsten tijdens het experiment',
'Vijf tot twaalf collega''s van andere organisaties',
'InAxis',
NULL, now(), now());
INSERT INTO werkvorm_phase (werkvorm_id, phase) SELECT id, p FROM werkvorm, unnest(ARRAY['EXPERIMENTEREN','EVALUEREN']) AS p WHERE slug = 'referentiegroep';
INSERT INTO werkvorm_question (werkvorm_id, question) SELECT id, q FROM werkvorm, unnest(ARRAY['LEARN','STUCK']) AS q WHERE slug = 'referentiegroep';
