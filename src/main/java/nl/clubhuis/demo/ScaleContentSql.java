package nl.clubhuis.demo;

/**
 * The statements of the {@code scale} data for what people write and do: posts of every
 * kind with comments, events past and upcoming with registrations, questions with
 * answers, and the werkvormen the Doetanks recorded. Numbered like {@link ScaleSql}: post
 * n has the slug schaal-bericht-n, event n schaal-bijeenkomst-n, question n a submission
 * ending in n (hexadecimal). A Doetank's blog is written by its trekker and dated after
 * its start; a coach's beschouwing is on a phase the Doetank reached. An event takes
 * registrations in order: up to its capacity confirmed, the rest on the waiting list.
 */
final class ScaleContentSql {

	static final String POSTS = """
			INSERT INTO post (kind, slug, title, body, excerpt, tags, doetank_id, phase, author_id, status, publish_at,
			                  created_at, updated_at)
			SELECT k.kind, 'schaal-bericht-' || n, a.title,
			       E'## Wat we leerden\\n\\nIn ' || {places}[1 + n % 20] || ' werkten we aan ' || {topics}[1 + n % 12]
			       || E'. Een tekst met **nadruk** en een [link](https://example.org).\\n\\n* wat werkte\\n* wat niet\\n',
			       'In ' || {places}[1 + n % 20] || ' werkten we aan ' || {topics}[1 + n % 12] || '.',
			       ARRAY[(ARRAY['opschalen', 'opdrachtgever', 'cafe', 'experiment', 'lessen', 'netwerk'])[1 + n % 6]]::varchar[],
			       d.id, CASE WHEN k.kind = 'BESCHOUWING' THEN {phases}[1 + n % (x.ord + 1)]
			                  WHEN k.kind = 'DOETANKBLOG' THEN d.phase END,
			       a.author, 'GEPUBLICEERD', a.at, a.at, a.at
			FROM generate_series(1, :posts) AS n
			CROSS JOIN LATERAL (SELECT (ARRAY['NIEUWS', 'CAFEBLOG', 'CAFEBLOG', 'DOETANKBLOG', 'DOETANKBLOG', 'DOETANKBLOG',
			                                  'DOETANKBLOG', 'DOETANKBLOG', 'DOETANKBLOG', 'BESCHOUWING'])[1 + n % 10] AS kind) k
			LEFT JOIN doetank d ON k.kind IN ('DOETANKBLOG', 'BESCHOUWING') AND d.slug = 'schaal-doetank-' || (n % :doetanks + 1)
			CROSS JOIN LATERAL (SELECT array_position({phases}, d.phase::text) - 1 AS ord) x
			CROSS JOIN LATERAL (SELECT
			    CASE k.kind WHEN 'NIEUWS' THEN 'Nieuws uit ' WHEN 'CAFEBLOG' THEN 'Terug naar het Café in '
			         WHEN 'DOETANKBLOG' THEN 'Wat we deze maand leerden in ' ELSE 'Beschouwing: een fase in ' END
			    || {places}[1 + n % 20] || ' (' || n || ')' AS title,
			    CASE k.kind
			        WHEN 'DOETANKBLOG' THEN (SELECT member_id FROM membership t WHERE t.doetank_id = d.id AND t.role = 'TREKKER' LIMIT 1)
			        WHEN 'BESCHOUWING' THEN (SELECT member_id FROM membership c WHERE c.doetank_id = d.id AND c.role = 'COACH' LIMIT 1)
			        ELSE (SELECT id FROM member
			              WHERE email = 'schaal-' || (1 + 1000 * (n % greatest(1, (:members + 999) / 1000))) || '@example.org')
			    END AS author,
			    CASE WHEN d.id IS NULL THEN now() - interval '3 hours' - n * interval '45 minutes'
			         ELSE ((d.start_date + (n * 13) % greatest(1, current_date - d.start_date - 1))::timestamp
			               + interval '9 hours') AT TIME ZONE 'Europe/Amsterdam' END AS at) a
			WHERE (k.kind IN ('NIEUWS', 'CAFEBLOG') OR d.id IS NOT NULL) AND a.author IS NOT NULL
			  AND NOT EXISTS (SELECT 1 FROM post p WHERE p.slug = 'schaal-bericht-' || n)""";

	static final String COMMENTS = """
			INSERT INTO post_comment (post_id, author_id, text, written_at)
			SELECT p.id, m.id,
			       (ARRAY['Herkenbaar! Bij ons liep het net zo.', 'Dank voor het delen, dit neem ik mee naar ons team.',
			              'Wie was jullie opdrachtgever?', 'Mooi resultaat. Hoe lang duurde het?',
			              'Dit gaan we ook proberen.', 'Goed dat jullie ook opschrijven wat niet werkte.'])[1 + (x.n + j) % 6],
			       least(p.publish_at + j * interval '3 hours', now())
			FROM post p
			CROSS JOIN LATERAL (SELECT substring(p.slug FROM 16)::int AS n) x
			CROSS JOIN LATERAL generate_series(1, 1 + x.n % 3) AS j
			JOIN member m ON m.email = 'schaal-' || ((x.n * 7 + j * 13) % :members + 1) || '@example.org'
			WHERE p.slug ~ '^schaal-bericht-[0-9]+$' AND NOT EXISTS (SELECT 1 FROM post_comment o WHERE o.post_id = p.id)
			ORDER BY p.id, j""";

	static final String EVENTS = """
			INSERT INTO event (slug, type, title, description, excerpt, starts_at, ends_at, location, online_url, capacity,
			                   doetank_id, created_by, created_at, updated_at)
			SELECT 'schaal-bijeenkomst-' || n, k.type,
			       CASE k.type WHEN 'CAFE' THEN 'Café' WHEN 'GRAND_CAFE' THEN 'Grand Café' WHEN 'SHOW_AND_TELL' THEN 'Show & tell'
			            WHEN 'MASTERCLASS' THEN 'Masterclass' ELSE 'Teamdag' END
			       || ' over ' || {topics}[1 + n % 12] || ' in ' || {places}[1 + n % 20],
			       E'## Programma\\n\\nWe werken samen aan **' || {topics}[1 + n % 12] || E'**.\\n\\n* inloop\\n* werkvorm\\n* borrel',
			       'We werken samen aan ' || {topics}[1 + n % 12] || '.',
			       s.starts, s.starts + interval '150 minutes',
			       CASE WHEN n % 3 <> 0 THEN 'Stadhuis, ' || {places}[1 + n % 20] END,
			       CASE WHEN n % 3 = 0 THEN 'https://example.org/online/' || n END,
			       CASE WHEN n % 7 <> 0 THEN 20 + (n % 5) * 10 END, d.id,
			       (SELECT id FROM member WHERE email = 'schaal-1@example.org'),
			       least(s.starts - interval '30 days', now()), least(s.starts - interval '30 days', now())
			FROM generate_series(1, :events) AS n
			CROSS JOIN LATERAL (SELECT (ARRAY['CAFE', 'CAFE', 'GRAND_CAFE', 'SHOW_AND_TELL', 'MASTERCLASS',
			                                  'DOETANK'])[1 + n % 6] AS type) k
			CROSS JOIN LATERAL (SELECT ((current_date + (n - :events / 2))::timestamp + interval '16 hours')
			                           AT TIME ZONE 'Europe/Amsterdam' AS starts) s
			LEFT JOIN doetank d ON k.type = 'DOETANK' AND d.slug = 'schaal-doetank-' || ((n * 11) % :doetanks + 1)
			WHERE (k.type <> 'DOETANK' OR d.id IS NOT NULL)
			  AND EXISTS (SELECT 1 FROM member WHERE email = 'schaal-1@example.org')
			  AND NOT EXISTS (SELECT 1 FROM event e WHERE e.slug = 'schaal-bijeenkomst-' || n)""";

	static final String GENERATED_EVENTS = """
			FROM event e
			CROSS JOIN LATERAL (SELECT substring(e.slug FROM 20)::int AS n) x
			""";

	static final String PODIUM = """
			INSERT INTO event_podium (event_id, doetank_id)
			SELECT e.id, d.id
			{events}
			CROSS JOIN LATERAL generate_series(1, 1 + x.n % 2) AS j
			JOIN doetank d ON d.slug = 'schaal-doetank-' || ((x.n * 11 + j * 97) % :doetanks + 1)
			WHERE e.slug ~ '^schaal-bijeenkomst-[0-9]+$' AND e.type IN ('CAFE', 'GRAND_CAFE', 'SHOW_AND_TELL')
			  AND NOT EXISTS (SELECT 1 FROM event_podium o WHERE o.event_id = e.id)
			ON CONFLICT DO NOTHING""";

	static final String REGISTRATIONS = """
			INSERT INTO event_registration (event_id, member_id, status, registered_at, confirmed_at)
			SELECT e.id, m.id, CASE WHEN e.capacity IS NULL OR j <= e.capacity THEN 'BEVESTIGD' ELSE 'WACHTLIJST' END,
			       least(e.created_at + j * interval '2 hours', now()),
			       CASE WHEN e.capacity IS NULL OR j <= e.capacity THEN least(e.created_at + j * interval '2 hours', now()) END
			{events}
			CROSS JOIN LATERAL generate_series(1, least(:members, 5 + (x.n * 7) % (coalesce(e.capacity, 40) + 20))) AS j
			JOIN member m ON m.email = 'schaal-' || ((x.n * 31 + j * 17) % :members + 1) || '@example.org'
			WHERE e.slug ~ '^schaal-bijeenkomst-[0-9]+$'
			  AND NOT EXISTS (SELECT 1 FROM event_registration o WHERE o.event_id = e.id)
			ORDER BY e.id, j
			ON CONFLICT DO NOTHING""";

	/**
	 * Question n's submission: recognisable, unique, and found through its unique index.
	 */
	static final String SUBMISSION = "('5ca1e000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid";

	static final String QUESTIONS = """
			INSERT INTO question (submission, asker_id, title, slug, body, doetank_id, phase, asked_at)
			SELECT {submission}, m.id, t.title,
			       trim(BOTH '-' FROM regexp_replace(lower(t.title), '[^a-z0-9]+', '-', 'g')),
			       'We lopen vast op ' || {topics}[1 + n % 12] || '. Wie heeft dit eerder opgelost, en hoe **begon** je?',
			       d.id, CASE WHEN d.id IS NOT NULL THEN d.phase END,
			       now() - interval '2 days' - n * interval '7 hours'
			FROM generate_series(1, :questions) AS n
			JOIN member m ON m.email = 'schaal-' || ((n * 5) % :members + 1) || '@example.org'
			LEFT JOIN doetank d ON n % 4 = 0 AND d.slug = 'schaal-doetank-' || (n % :doetanks + 1)
			CROSS JOIN LATERAL (SELECT (ARRAY['Hoe pakken jullie ', 'Wie heeft ervaring met ', 'Tips gezocht voor ',
			                                  'Waar begin je met '])[1 + n % 4]
			                           || {topics}[1 + n % 12] || ' in ' || {places}[1 + (n / 4) % 20] || '?' AS title) t
			WHERE NOT EXISTS (SELECT 1 FROM question q WHERE q.submission = {submission})""";

	/**
	 * The generated questions, with their number n; {@code {generated-question}} is the
	 * matching condition.
	 */
	static final String GENERATED_QUESTIONS = """
			FROM question q
			CROSS JOIN LATERAL (SELECT ('x' || right(q.submission::text, 12))::bit(48)::bigint AS n) x
			""";

	static final String IS_GENERATED_QUESTION = "q.submission::text LIKE '5ca1e000-0000-4000-8000-%'";

	static final String QUESTION_EXPERTISE = """
			INSERT INTO question_expertise (question_id, expertise_id)
			SELECT q.id, e.id
			{questions}
			JOIN LATERAL (SELECT id FROM expertise WHERE NOT retired ORDER BY (id * 13 + x.n) % 83, id LIMIT 1) e ON true
			WHERE {generated-question} AND NOT EXISTS (SELECT 1 FROM question_expertise o WHERE o.question_id = q.id)""";

	static final String ANSWERS = """
			INSERT INTO answer (submission, question_id, author_id, body, written_at)
			SELECT gen_random_uuid(), q.id, m.id,
			       (ARRAY['Wij begonnen klein, met één team en één wijk. Dat hielp.',
			              'Zoek eerst wie echt beslist. Bij ons was dat niet wie aan tafel zat.',
			              'Kom naar het Café, daar zitten mensen die dit hebben gedaan.',
			              'Wij lieten inwoners meelezen. Dat veranderde de vraag.'])[1 + (x.n + j) % 4],
			       q.asked_at + j * interval '5 hours'
			{questions}
			CROSS JOIN LATERAL generate_series(1, x.n % 5) AS j
			JOIN member m ON m.email = 'schaal-' || ((x.n * 5 + j * 11) % :members + 1) || '@example.org'
			WHERE {generated-question} AND NOT EXISTS (SELECT 1 FROM answer o WHERE o.question_id = q.id)
			ORDER BY q.id, j""";

	static final String ACCEPTED = """
			UPDATE question q SET accepted_answer_id = (SELECT min(a.id) FROM answer a WHERE a.question_id = q.id)
			WHERE {generated-question} AND q.accepted_answer_id IS NULL
			  AND ('x' || right(q.submission::text, 12))::bit(48)::bigint % 3 = 0
			  AND EXISTS (SELECT 1 FROM answer a WHERE a.question_id = q.id)""";

	static final String ANSWER_COMMENTS = """
			INSERT INTO answer_comment (submission, answer_id, author_id, body, written_at)
			SELECT gen_random_uuid(), a.id, q.asker_id, 'Dank je, dit helpt ons verder.', a.written_at + interval '1 hour'
			{questions}
			JOIN answer a ON a.question_id = q.id AND a.id = (SELECT min(f.id) FROM answer f WHERE f.question_id = q.id)
			WHERE {generated-question} AND x.n % 2 = 0
			  AND NOT EXISTS (SELECT 1 FROM answer_comment o WHERE o.answer_id = a.id)""";

	static final String USAGES = """
			INSERT INTO werkvorm_usage (doetank_id, werkvorm_id, phase, note, recorded_by, recorded_at)
			SELECT d.id, w.werkvorm_id, u.phase, 'Wat dit team met de werkvorm deed, in een paar zinnen.', t.member_id,
			       ((d.start_date + u.i * {gap} + 7)::timestamp + interval '11 hours') AT TIME ZONE 'UTC'
			{generated}
			CROSS JOIN LATERAL (SELECT i, {phases}[i + 1] AS phase FROM generate_series(0, x.ord) AS i
			                    WHERE (x.n + i) % 2 = 0 OR i = x.ord) u
			JOIN LATERAL (SELECT wp.werkvorm_id FROM werkvorm_phase wp WHERE wp.phase = u.phase
			              ORDER BY (wp.werkvorm_id * 31 + x.n) % 101, wp.werkvorm_id LIMIT 1) w ON true
			JOIN membership t ON t.doetank_id = d.id AND t.role = 'TREKKER'
			WHERE d.slug ~ '^schaal-doetank-[0-9]+$' AND NOT EXISTS (SELECT 1 FROM werkvorm_usage o WHERE o.doetank_id = d.id)
			ON CONFLICT DO NOTHING""";

	private ScaleContentSql() {
	}

}
