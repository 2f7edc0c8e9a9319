package nl.clubhuis.demo;

import java.util.List;

/**
 * The statements of the {@code scale} data for people, Doetanks and their routes. Rows
 * are numbered: member n is schaal-n@example.org, Doetank n has the slug
 * schaal-doetank-n, and every statement takes the numbers 1 to its size that are missing,
 * so it adds nothing the second time. Who does what follows from the numbers (member n %
 * 40 = 0 is a coach, n % 1000 = 1 a redacteur), so later statements find people and
 * Doetanks by their unique address.
 *
 * A Doetank's route is the one {@code RouteHistory} writes for a Doetank without known
 * steps: its intake, a plain transition (OVERGANG, with the reason) into every later
 * phase it reached, each 35 to 84 days apart, and for a finished one the end it came to
 * (STOPPEN with reason and lessons, AFSLUITEN, or AFRONDEN only in VERBREDEN). All of it
 * lies in the past.
 */
final class ScaleSql {

	record Step(String table, String sql) {
	}

	static final String PHASES = "(ARRAY['INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN'])";

	static final String PLACES = """
			(ARRAY['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere',
			       'Breda', 'Nijmegen', 'Apeldoorn', 'Haarlem', 'Arnhem', 'Enschede', 'Amersfoort', 'Zaanstad',
			       'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht'])""";

	static final String TOPICS = """
			(ARRAY['kennisbehoud', 'schuldhulp', 'vergunningverlening', 'jeugdzorg', 'inburgering', 'duurzame inkoop',
			       'digitale dienstverlening', 'wijkteams', 'mantelzorg', 'laaggeletterdheid', 'energiearmoede',
			       'hybride werken'])""";

	static final String MEMBERS = """
			INSERT INTO member (email, name, organisation, password_hash, roles, slug, profile_visibility, job_title, bio,
			                    email_verified_at, created_at, locale)
			SELECT 'schaal-' || n || '@example.org', p.first || ' ' || p.last, p.org, :hash,
			       CASE WHEN n % 1000 = 1 THEN ARRAY['LID', 'REDACTEUR'] WHEN n % 40 = 0 THEN ARRAY['LID', 'COACH']
			            ELSE ARRAY['LID'] END::varchar[],
			       lower(replace(p.first || '-' || p.last, ' ', '-')) || '-s' || n,
			       (ARRAY['LEDEN', 'IEDEREEN', 'LEDEN', 'NIEMAND'])[1 + n % 4], p.job,
			       CASE WHEN n % 3 <> 0 THEN 'Ik werk als ' || lower(p.job) || ' bij ' || p.org
			            || '. Ik help graag mee aan vraagstukken over ' || {topics}[1 + n % 12]
			            || ', en ik leer het meest van wat niet lukte.' END,
			       now() - (n % 3000) * interval '1 day', now() - (n % 3000) * interval '1 day',
			       CASE WHEN n % 10 = 0 THEN 'en' ELSE 'nl' END
			FROM generate_series(1, :members) AS n
			CROSS JOIN LATERAL (SELECT
			    (ARRAY['Anna', 'Bram', 'Chantal', 'Daan', 'Esra', 'Floor', 'Gijs', 'Hanna', 'Iris', 'Jeroen', 'Kim',
			           'Lars', 'Mila', 'Noah', 'Olga', 'Pieter', 'Quinten', 'Roos', 'Sanne', 'Thijs', 'Umut', 'Vera',
			           'Wouter', 'Yara', 'Noor', 'Fatima', 'Mohamed', 'Sophie', 'Luuk', 'Eva', 'Jesse', 'Lotte', 'Sem',
			           'Julia', 'Bas', 'Nadia', 'Ruben', 'Maud', 'Tim', 'Ilse'])[1 + n % 40] AS first,
			    (ARRAY['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser',
			           'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
			           'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer',
			           'Kok', 'Yilmaz', 'El Amrani', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'Schouten',
			           'van der Veen', 'Willems', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Postma'])[1 + (n / 40) % 40]
			        AS last,
			    (ARRAY['Gemeente ' || {places}[1 + n % 20], 'Provincie Utrecht', 'UWV', 'Belastingdienst',
			           'Rijkswaterstaat', 'Kadaster', 'Ministerie van BZK', 'Waterschap Rivierenland', 'DUO',
			           'Gemeente ' || {places}[1 + (n / 20) % 20], 'SVB', 'RDW'])[1 + (n / 7) % 12] AS org,
			    (ARRAY['Beleidsadviseur', 'Projectleider', 'Teamleider', 'Ontwerper', 'Jurist', 'Data-analist',
			           'Consulent', 'Programmamanager', 'Communicatieadviseur', 'Inkoper', 'Wijkcoach',
			           'Informatieadviseur'])[1 + n % 12] AS job) p
			WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.email = 'schaal-' || n || '@example.org')""";

	static final String MEMBER_EXPERTISE = """
			INSERT INTO member_expertise (member_id, expertise_id)
			SELECT m.id, e.id FROM member m
			CROSS JOIN LATERAL (SELECT split_part(split_part(m.email, '@', 1), '-', 2)::int AS n) x
			JOIN LATERAL (SELECT id FROM expertise WHERE NOT retired ORDER BY (id * 31 + x.n) % 97, id
			              LIMIT 1 + x.n % 3) e ON true
			WHERE m.email ~ '^schaal-[0-9]+@example[.]org$'
			  AND NOT EXISTS (SELECT 1 FROM member_expertise me WHERE me.member_id = m.id)""";

	static final String DOETANKS = """
			INSERT INTO doetank (slug, title, vraagstuk, ambition, theme, organisations, looking_for, phase, status,
			                     start_date, result, stop_reason, lessons, proposed_by_id, created_at, updated_at)
			SELECT 'schaal-doetank-' || n,
			       (ARRAY['Slimmer', 'Samen', 'Eenvoudiger', 'Eerlijker', 'Dichterbij', 'Sneller', 'Menselijker',
			              'Beter'])[1 + n % 8] || ' ' || {topics}[1 + n % 12] || ' in ' || {places}[1 + (n / 12) % 20],
			       'Hoe organiseren we ' || {topics}[1 + n % 12] || ' in ' || {places}[1 + (n / 12) % 20]
			       || ' zo dat inwoners merken dat het beter gaat? Nu werken de organisaties langs elkaar heen.',
			       'Over een jaar weet iedereen in de keten wie wat doet, en wachten inwoners korter.',
			       (ARRAY['WERK_EN_ORGANISATIE', 'DIENSTVERLENING', 'ZORG_EN_WELZIJN', 'WIJK_EN_PARTICIPATIE',
			              'RUIMTE_EN_VASTGOED', 'JONGEREN', 'BESTUUR_EN_SAMENWERKING', 'INNOVATIE_EN_TECHNOLOGIE'])[1 + n % 8],
			       ARRAY['Gemeente ' || {places}[1 + (n / 12) % 20],
			             (ARRAY['UWV', 'Belastingdienst', 'Kadaster', 'DUO', 'SVB', 'Rijkswaterstaat'])[1 + n % 6]]::varchar[],
			       (ARRAY['{LEDEN}', '{EXPERTISE}', '{}', '{OPDRACHTGEVER,TESTLOCATIE}', '{EINDGEBRUIKERS}',
			              '{}'])[1 + n % 6]::varchar[],
			       {phases}[1 + s.ord], s.status, current_date - (s.steps * {gap} + 20 + n % 400),
			       CASE WHEN s.status IN ('AFGEROND', 'AFGESLOTEN') THEN 'Een werkwijze die nu in de keten wordt gebruikt.' END,
			       CASE WHEN s.status = 'GESTOPT' THEN 'Er was geen opdrachtgever die kon beslissen.' END,
			       CASE WHEN s.status <> 'ACTIEF' THEN 'Betrek eerder wie echt beslist, en toets het vraagstuk bij inwoners.' END,
			       (SELECT id FROM member WHERE email = 'schaal-' || ((n * 3) % :members + 1) || '@example.org'),
			       now(), now()
			FROM generate_series(1, :doetanks) AS n
			CROSS JOIN LATERAL (SELECT n % 6 AS ord, CASE WHEN n % 10 = 3 THEN 'GESTOPT'
			                                           WHEN n % 6 = 5 AND n % 4 = 1 THEN 'AFGEROND'
			                                           WHEN n % 6 = 4 AND n % 10 = 7 THEN 'AFGESLOTEN'
			                                           ELSE 'ACTIEF' END AS status) s0
			CROSS JOIN LATERAL (SELECT s0.ord, s0.status, s0.ord + CASE WHEN s0.status = 'ACTIEF' THEN 0 ELSE 1 END AS steps) s
			WHERE NOT EXISTS (SELECT 1 FROM doetank d WHERE d.slug = 'schaal-doetank-' || n)""";

	/**
	 * The generated Doetanks that have no rows in {@code table} yet, with their number n
	 * and phase index.
	 */
	static final String GENERATED_DOETANKS = """
			FROM doetank d
			CROSS JOIN LATERAL (SELECT substring(d.slug FROM 16)::int AS n,
			                           array_position({phases}, d.phase::text) - 1 AS ord) x
			""";

	static final String MEMBERSHIPS = """
			INSERT INTO membership (doetank_id, member_id, role, ring, state, requested_at, decided_at, since)
			SELECT d.id, m.id, r.role, r.ring, 'ACTIEF', d.start_date, d.start_date, d.start_date
			{generated}
			CROSS JOIN LATERAL (
			    SELECT 'TREKKER' AS role, 'KERN' AS ring, (x.n * 3) % :members + 1 AS k
			    UNION ALL SELECT 'COACH', 'KERN', least(:members, 40 * (1 + x.n % greatest(1, :members / 40)))
			    UNION ALL SELECT CASE WHEN j = 4 THEN 'OPDRACHTGEVER' ELSE 'LID' END,
			                     CASE WHEN j = 3 THEN 'SCHIL' ELSE 'KERN' END, (x.n * 3 + j * 7919) % :members + 1
			              FROM generate_series(1, 2 + x.n % 3) AS j) r
			JOIN member m ON m.email = 'schaal-' || r.k || '@example.org'
			WHERE d.slug ~ '^schaal-doetank-[0-9]+$' AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.doetank_id = d.id)
			ON CONFLICT DO NOTHING""";

	static final String DOETANK_EXPERTISE = """
			INSERT INTO doetank_expertise (doetank_id, expertise_id)
			SELECT d.id, e.id
			{generated}
			JOIN LATERAL (SELECT id FROM expertise WHERE NOT retired ORDER BY (id * 17 + x.n) % 89, id LIMIT 2) e ON true
			WHERE d.slug ~ '^schaal-doetank-[0-9]+$' AND 'EXPERTISE' = ANY (d.looking_for)
			  AND NOT EXISTS (SELECT 1 FROM doetank_expertise o WHERE o.doetank_id = d.id)""";

	static final String TRANSITIONS = """
			INSERT INTO phase_transition (doetank_id, kind, from_phase, to_phase, to_status, happened_at, by_member_id,
			                              reason)
			SELECT d.id,
			       CASE WHEN i = 0 THEN 'INTAKE' WHEN i <= x.ord THEN 'OVERGANG' WHEN d.status = 'GESTOPT' THEN 'STOPPEN'
			            WHEN d.status = 'AFGEROND' THEN 'AFRONDEN' ELSE 'AFSLUITEN' END,
			       CASE WHEN i = 0 THEN NULL WHEN i <= x.ord THEN {phases}[i] ELSE d.phase END,
			       CASE WHEN i <= x.ord THEN {phases}[i + 1] ELSE d.phase END,
			       CASE WHEN i <= x.ord THEN 'ACTIEF' ELSE d.status END,
			       ((d.start_date + i * {gap})::timestamp + interval '10 hours') AT TIME ZONE 'UTC',
			       (SELECT c.member_id FROM membership c WHERE c.doetank_id = d.id AND c.role = 'COACH' LIMIT 1),
			       CASE WHEN i > 0 AND i <= x.ord THEN (ARRAY[NULL,
			           'De coach en de trekker zagen dat het vraagstuk scherp genoeg was om oplossingen te schetsen.',
			           'Er lagen een paar oplossingsrichtingen; het team ging een opdrachtgever zoeken.',
			           'Er was een plek om te experimenteren.',
			           'De experimenten leverden resultaten op; tijd om te leren wat werkte en wat het kostte.',
			           'Het team ging het resultaat delen met andere organisaties.'])[i + 1] END
			{generated}
			CROSS JOIN LATERAL generate_series(0, x.ord + CASE WHEN d.status = 'ACTIEF' THEN 0 ELSE 1 END) AS i
			WHERE d.slug ~ '^schaal-doetank-[0-9]+$' AND NOT EXISTS (SELECT 1 FROM phase_transition o WHERE o.doetank_id = d.id)
			ORDER BY d.id, i""";

	static final String ANALYZE = "ANALYZE member, member_expertise, doetank, doetank_expertise, membership, "
			+ "phase_transition, post, post_comment, event, event_podium, event_registration, question, "
			+ "question_expertise, answer, answer_comment, werkvorm_usage";

	/**
	 * The steps, each list in one transaction: a parent and its children go in together.
	 */
	static final List<List<Step>> GROUPS = List.of(
			List.of(step("member", MEMBERS), analyze("member"), step("member_expertise", MEMBER_EXPERTISE)),
			List.of(step("doetank", DOETANKS), analyze("doetank"), step("membership", MEMBERSHIPS),
					analyze("membership"), step("doetank_expertise", DOETANK_EXPERTISE),
					step("phase_transition", TRANSITIONS), step("werkvorm_usage", ScaleContentSql.USAGES)),
			List.of(step("post", ScaleContentSql.POSTS), analyze("post"),
					step("post_comment", ScaleContentSql.COMMENTS)),
			List.of(step("event", ScaleContentSql.EVENTS), analyze("event"),
					step("event_podium", ScaleContentSql.PODIUM),
					step("event_registration", ScaleContentSql.REGISTRATIONS)),
			List.of(step("question", ScaleContentSql.QUESTIONS), analyze("question"),
					step("question_expertise", ScaleContentSql.QUESTION_EXPERTISE),
					step("answer", ScaleContentSql.ANSWERS), analyze("answer"),
					step("question", ScaleContentSql.ACCEPTED),
					step("answer_comment", ScaleContentSql.ANSWER_COMMENTS)));

	private ScaleSql() {
	}

	/** Days between two steps of Doetank {@code n}'s route. */
	static String gap(String n) {
		return "(35 + " + n + " % 50)";
	}

	/**
	 * Fresh statistics for a table that just grew, so the next statements join it with a
	 * plan for thousands of rows (without it one statement took a minute instead of a
	 * second).
	 */
	static Step analyze(String table) {
		return new Step(table, "ANALYZE " + table);
	}

	static Step step(String table, String sql) {
		return new Step(table,
				sql.replace("{generated}", GENERATED_DOETANKS)
					.replace("{events}", ScaleContentSql.GENERATED_EVENTS)
					.replace("{questions}", ScaleContentSql.GENERATED_QUESTIONS)
					.replace("{generated-question}", ScaleContentSql.IS_GENERATED_QUESTION)
					.replace("{submission}", ScaleContentSql.SUBMISSION)
					.replace("{gap}", gap(sql.contains("{generated}") ? "x.n" : "n"))
					.replace("{phases}", PHASES)
					.replace("{places}", PLACES)
					.replace("{topics}", TOPICS));
	}

}
