package nl.clubhuis.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.shared.Slugs;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Questions to the network as the LinkedIn group held them: the old ones (2012–2014)
 * became Doetanks, a few are recent and some still open. Written straight into the
 * tables, with their own dates; a question whose title is there already is skipped, so
 * running it twice adds nothing. One question links the Doetank it became, one answer is
 * marked as the one that helped.
 */
class DemoQuestions {

	record Answer(String author, int daysLater, String body) {
	}

	record Seed(String asker, LocalDate asked, String title, String body, List<String> expertise, String became,
			int helped, List<Answer> answers) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed("trekker@example.org", LocalDate.of(2012, 3, 14),
					"Hoe houden we kennis vast als ervaren collega's met pensioen gaan?",
					"Bij ons gaat de komende vijf jaar een derde van de ervaren landmeters met pensioen. "
							+ "Overdrachtsdocumenten leest niemand. Wie heeft iets gevonden dat **wel** werkt?",
					List.of("hr-en-organisatie", "verandermanagement"), "kennisbehoud-publieke-sector", 1, List.of(
							new Answer("anouk.jansen@example.org", 2,
									"Wij lieten jonge collega's een dag meelopen en de vragen stellen die zij hadden. "
											+ "Die vragen bleken beter dan elk document."),
							new Answer("bram.devries@example.org", 5,
									"Probeer een verhoortechniek: laat een ervaren collega een lastige casus "
											+ "navertellen terwijl iemand doorvraagt, en film het."),
							new Answer("coach@example.org", 9,
									"Dit is een vraagstuk voor een Doetank. Kom naar het Café, dan zoeken we een "
											+ "team en een opdrachtgever."))),
			new Seed("daan.visser@example.org", LocalDate.of(2012, 10, 2),
					"Hoe voorkomen we dat boetes en incasso's schulden alleen maar groter maken?",
					"Schuldeisers in het publieke domein werken langs elkaar heen. Wie weet hoe je informatie "
							+ "uitwisselt met de schuldhulpverlening zonder de privacy te schenden?",
					List.of("sociaal-domein", "ketensamenwerking", "juridisch"), null, 0,
					List.of(new Answer("floor.mulder@example.org", 3,
							"Bij het UWV kijken we eerst of iemand al in de schuldhulp zit. Dat scheelt veel."))),
			new Seed("esra.yilmaz@example.org", LocalDate.of(2013, 1, 22),
					"Kunnen burgers zelf geld ophalen voor initiatieven in hun buurt?",
					"Bewoners hebben goede ideeën, maar de subsidieregels passen er niet bij. "
							+ "Heeft iemand ervaring met crowdfunding met een gemeente als partner?",
					List.of("burgerparticipatie", "financien"), null, 0,
					List.of(new Answer("chantal.bakker@example.org", 1,
							"In Rotterdam verdubbelden we wat bewoners ophaalden. Het werkt, als de gemeente "
									+ "loslaat wat er precies gebeurt."))),
			new Seed("hanna.smit@example.org", LocalDate.of(2013, 5, 8),
					"Hoe leren collega's van elkaar zonder dure trainingen in te kopen?",
					"Ons opleidingsbudget is gehalveerd, maar de kennis zit gewoon in huis.",
					List.of("hr-en-organisatie", "facilitatie"), null, 0,
					List.of(new Answer("iris.wouters@example.org", 4,
							"Organiseer een week waarin collega's elkaar trainen. Iedereen kan iets."))),
			new Seed("gijs.deboer@example.org", LocalDate.of(2013, 11, 19),
					"Kan een rekenkameronderzoek ook leren opleveren in plaats van oordelen?",
					"Onze raad leest rapporten als afrekening. Wie heeft een onderzoek gedaan dat het gesprek opende?",
					List.of("onderzoek-en-evaluatie", "bestuurlijke-advisering"), null, 0, List.of()),
			new Seed("koen.vandijk@example.org", LocalDate.of(2014, 4, 3),
					"Welke rol heeft een regiegemeente als ze weinig zelf uitvoert?",
					"Steeds meer taken liggen bij samenwerkingsverbanden. Wat blijft er over voor de gemeente zelf?",
					List.of("bestuurlijke-advisering", "ketensamenwerking"), null, 0,
					List.of(new Answer("jasmijn.bos@example.org", 6,
							"Regie voeren is vooral weten wat er in je stad speelt en de juiste mensen aan tafel "
									+ "krijgen."))),
			new Seed("lina.elamrani@example.org", LocalDate.of(2014, 9, 15),
					"Hoe krijgen jonge ambtenaren een stem in grote veranderingen?",
					"In reorganisaties praten vooral leidinggevenden mee. Hoe organiseren jonge collega's zich?",
					List.of("verandermanagement", "netwerken-en-lobby"), null, 0, List.of()),
			new Seed("anouk.jansen@example.org", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(40),
					"Wie heeft ervaring met begrijpelijke brieven over toeslagen?",
					"We willen onze brieven herschrijven op B1-niveau. Welke aanpak werkte bij jullie?",
					List.of("taal-en-toegankelijkheid", "dienstverlening"), null, 0,
					List.of(new Answer("lid@example.org", 2,
							"Test de nieuwe brief met vijf mensen die hem echt krijgen. Je schrikt ervan, en dat is "
									+ "goed."))),
			new Seed("floor.mulder@example.org", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(21),
					"Hoe meet je of een experiment in de uitvoering echt iets oplevert?",
					"We doen een proef met vaste contactpersonen voor werkzoekenden. Wat meet je naast de kosten?",
					List.of("onderzoek-en-evaluatie", "uitvoering"), null, 0,
					List.of(new Answer("wouter.dekker@example.org", 3,
							"Leg vooraf vast wat je wilt leren, niet alleen wat je wilt bewijzen. En spreek de "
									+ "mensen om wie het gaat."))),
			new Seed("jasmijn.bos@example.org", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(9),
					"Wie kent een goede werkvorm voor een eerste bijeenkomst met bewoners?",
					"Volgende maand praten we voor het eerst met bewoners over een nieuw park.",
					List.of("facilitatie", "burgerparticipatie"), null, 0, List.of()),
			new Seed("bram.devries@example.org", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(5),
					"Mag je gegevens delen tussen gemeente en Belastingdienst voor vroegsignalering?",
					"We willen eerder zien wie in de problemen raakt. Wat mag juridisch wel en niet?",
					List.of("privacy-en-informatiebeveiliging", "juridisch"), null, 0, List.of()),
			new Seed("iris.wouters@example.org", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(2),
					"Hoe vind je een opdrachtgever met mandaat voor een dwarse oplossing?",
					"Ons team heeft een idee dat tussen drie directies valt. Niemand voelt zich eigenaar.",
					List.of("bestuurlijke-advisering", "netwerken-en-lobby"), null, 0, List.of()));

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcTemplate jdbc;

	DemoQuestions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the questions not there yet; returns how many. */
	int load() {
		int added = 0;
		for (Seed seed : SEEDS) {
			Long asker = member(seed.asker());
			if (asker == null || Boolean.TRUE.equals(this.jdbc.queryForObject(
					"SELECT EXISTS (SELECT 1 FROM question WHERE title = ?)", Boolean.class, seed.title()))) {
				continue;
			}
			long id = this.jdbc.queryForObject("""
					INSERT INTO question (submission, asker_id, title, slug, body, became_doetank_id, asked_at)
					VALUES (?, ?, ?, ?, ?, (SELECT id FROM doetank WHERE slug = ?), ?) RETURNING id""", Long.class,
					UUID.randomUUID(), asker, seed.title(), Slugs.of(seed.title()), seed.body(), seed.became(),
					at(seed.asked(), 10));
			this.jdbc.update("INSERT INTO question_expertise SELECT ?, id FROM expertise WHERE slug = ANY (?::text[])",
					id, seed.expertise().toArray(String[]::new));
			this.jdbc
				.update("INSERT INTO follow (member_id, target_kind, target_id, since) VALUES (?, 'QUESTION', ?, ?)"
						+ " ON CONFLICT DO NOTHING", asker, id, at(seed.asked(), 10));
			for (int i = 0; i < seed.answers().size(); i++) {
				Answer answer = seed.answers().get(i);
				Long author = member(answer.author());
				if (author == null) {
					continue;
				}
				long answerId = this.jdbc.queryForObject("""
						INSERT INTO answer (submission, question_id, author_id, body, written_at)
						VALUES (?, ?, ?, ?, ?) RETURNING id""", Long.class, UUID.randomUUID(), id, author,
						answer.body(), at(seed.asked().plusDays(answer.daysLater()), 14));
				if (seed.helped() == i + 1) {
					this.jdbc.update("UPDATE question SET accepted_answer_id = ? WHERE id = ?", answerId, id);
					this.jdbc.update("""
							INSERT INTO answer_comment (submission, answer_id, author_id, body, written_at)
							VALUES (?, ?, ?, ?, ?)""", UUID.randomUUID(), answerId, asker,
							"Dank je, dit gaan we proberen!", at(seed.asked().plusDays(answer.daysLater() + 1), 9));
				}
			}
			added++;
		}
		return added;
	}

	private Long member(String email) {
		return this.jdbc.query("SELECT id FROM member WHERE lower(email) = lower(?)", (rs, row) -> rs.getLong(1), email)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
	}

}
