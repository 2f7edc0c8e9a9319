package nl.clubhuis.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The statements behind {@link Search}: every kind of hit as one arm of a union, each arm
 * with its own visibility rule and its own GIN index (no OR across tables, which would
 * scan every row), filtered and capped inside it and ranked outside it. A Doetank found
 * only through an opdrachtgever's testimonial shows that testimonial as its snippet.
 * {@code dutch_query} and the {@code search_vector} columns come from V58.
 */
final class SearchSql {

	private static final String PUBLIC_DOETANK = "('ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT')";

	private static final String RANK = "ts_rank('{0.1, 0.2, 0.4, 1.0}', %s, q.query)";

	/**
	 * Whether the viewer may see Doetank {@code d}: a public one; otherwise its team
	 * (also who asked to join), who brought it in, coaches and beheerders
	 * ({@code DoetankAccess}).
	 */
	private static final String SEES_DOETANK = "(d.status IN %1$s OR :coach OR d.proposed_by_id = :me"
			+ " OR d.id IN (SELECT doetank_id FROM involved))";

	/** The columns of every arm, in this order. */
	private static final String COLUMNS = "kind, id, title, url, body, at, rank, phase, status, theme, record_ends_on";

	/** What the kind has not: no Doetank facets. */
	private static final String NO_FACETS = "NULL::varchar, NULL::varchar, NULL::varchar, NULL::date";

	/**
	 * The phase, status, theme and year filters, applied in each arm before its limit.
	 */
	private static final String FACETS = """
			(:fase = '' OR phase = :fase) AND (:thema = '' OR theme = :thema)
			AND (:status = '' OR (status = :status AND (:status <> 'ACTIEF' OR record_ends_on IS NULL)))
			AND (:jaar = 0 OR extract(YEAR FROM at AT TIME ZONE 'Europe/Amsterdam') = :jaar)""";

	private static final String[] ARMS = { """
			SELECT 'doetank', d.id, d.title, '/doetanks/' || d.slug,
			       concat_ws(' ', d.vraagstuk, d.ambition, d.result, search_words(d.organisations)),
			       coalesce(d.start_date::timestamptz, d.created_at), %2$s, d.phase, d.status, d.theme, d.record_ends_on
			  FROM doetank d, q
			 WHERE d.search_vector @@ q.query AND SEES_DOETANK""", """
			SELECT 'doetank', d.id, d.title, '/doetanks/' || d.slug, concat_ws(' ', t.quote, t.evaluation),
			       t.written_at, %3$s, d.phase, d.status, d.theme, d.record_ends_on
			  FROM (SELECT DISTINCT ON (t.doetank_id) t.* FROM opdrachtgever_testimonial t, q
			         WHERE t.search_vector @@ q.query ORDER BY t.doetank_id, t.id) t
			  JOIN doetank d ON d.id = t.doetank_id, q
			 WHERE NOT d.search_vector @@ q.query AND SEES_DOETANK""", """
			SELECT 'les', d.id, d.title, '/doetanks/' || d.slug || '#gestopt', concat_ws(' ', d.stop_reason, d.lessons),
			       coalesce(d.record_ends_on::timestamptz, d.updated_at), %4$s,
			       d.phase, d.status, d.theme, d.record_ends_on
			  FROM doetank d, q
			 WHERE d.status = 'GESTOPT' AND d.lessons_vector @@ q.query""", """
			SELECT 'bericht', p.id, p.title, CASE p.kind WHEN 'NIEUWS' THEN '/nieuws/' || p.slug
			       WHEN 'CAFEBLOG' THEN '/cafeblog/' || p.slug ELSE '/doetanks/' || d.slug || '/blog/' || p.slug END,
			       p.body, coalesce(p.publish_at, p.updated_at), %5$s, d.phase, d.status, d.theme, d.record_ends_on
			  FROM post p LEFT JOIN doetank d ON d.id = p.doetank_id, q
			 WHERE p.search_vector @@ q.query
			   AND ((p.status = 'GEPUBLICEERD' AND p.publish_at <= now() AND p.hidden_at IS NULL
			         AND (p.doetank_id IS NULL OR d.status IN %1$s))
			        OR :beheerder OR (p.doetank_id IS NULL AND :redactie)
			        OR (p.author_id = :me AND d.status IN %1$s AND p.doetank_id IN (SELECT doetank_id FROM team)))""",
			"""
					SELECT 'vraag', qu.id, qu.title, '/vragen/' || qu.id || '-' || qu.slug, qu.body, qu.asked_at, %6$s,
					       NO_FACETS
					  FROM question qu, q
					 WHERE qu.search_vector @@ q.query AND (qu.hidden_at IS NULL OR qu.asker_id = :me OR :redactie)""",
			"""
					SELECT 'antwoord', a.id, qu.title, '/vragen/' || qu.id || '-' || qu.slug || '#antwoord-' || a.id, a.body,
					       a.written_at, %7$s, NO_FACETS
					  FROM answer a JOIN question qu ON qu.id = a.question_id, q
					 WHERE a.search_vector @@ q.query AND (a.hidden_at IS NULL OR a.author_id = :me OR :redactie)
					   AND (qu.hidden_at IS NULL OR qu.asker_id = :me OR :redactie)""",
			"""
					SELECT 'activiteit', e.id, e.title, '/agenda/' || e.slug, e.description, e.starts_at, %8$s, NO_FACETS
					  FROM event e, q WHERE e.search_vector @@ q.query AND e.type <> 'DOETANK'""",
			"""
					SELECT 'werkvorm', w.id, w.name, '/toolkit/' || w.slug, concat_ws(' ', w.summary, w.when_to_use),
					       w.updated_at, %9$s, NO_FACETS
					  FROM werkvorm w, q WHERE w.search_vector @@ q.query""",
			"""
					SELECT 'document', doc.id, doc.title, '/doetanks/' || d.slug || '#documenten', doc.title, doc.created_at,
					       %10$s, d.phase, d.status, d.theme, d.record_ends_on
					  FROM document doc JOIN doetank d ON d.id = doc.doetank_id, q
					 WHERE doc.search_vector @@ q.query
					   AND ((doc.visibility = 'OPENBAAR' AND SEES_DOETANK) OR :beheerder
					        OR d.id IN (SELECT doetank_id FROM team))""",
			"""
					SELECT 'partner', pa.id, pa.name, '/over#partners-titel', pa.description, pa.created_at, %11$s, NO_FACETS
					  FROM partner pa, q WHERE pa.search_vector @@ q.query""",
			"""
					SELECT 'profiel', m.id, m.name, '/leden/' || m.slug,
					       concat_ws(' ', m.job_title, m.organisation, CASE WHEN m.bio_hidden_at IS NULL THEN m.bio END),
					       m.created_at, %12$s, NO_FACETS
					  FROM member m, q
					 WHERE m.search_vector @@ q.query AND m.erased_at IS NULL
					   AND (m.id = :me OR (m.email_verified_at IS NOT NULL AND m.blocked_at IS NULL
					        AND (m.profile_visibility = 'IEDEREEN' OR (m.profile_visibility = 'LEDEN' AND :loggedIn))))""" };

	/**
	 * Each arm keeps at most {@code Search.MOST_PER_KIND} + 1 hits that pass the filters,
	 * the first it finds (no order: ordering would read every hit): a word in 25,000
	 * profiles is not read and ranked 25,000 times; the extra hit tells that there are
	 * more.
	 */
	private static final String HITS_TEMPLATE = """
			WITH q AS (SELECT dutch_query(:words) AS query),
			involved AS (SELECT doetank_id FROM membership WHERE member_id = :me AND state IN ('ACTIEF', 'AANGEVRAAGD')),
			team AS (SELECT doetank_id FROM membership WHERE member_id = :me AND state = 'ACTIEF'),
			chosen AS (
			%s
			)
			"""
		.formatted(Arrays.stream(ARMS)
			.map((arm) -> "(SELECT * FROM (" + arm + ") arm(" + COLUMNS + ")\n WHERE " + FACETS + "\n LIMIT "
					+ (Search.MOST_PER_KIND + 1) + ")")
			.collect(Collectors.joining("\nUNION ALL\n")))
		.replace("SEES_DOETANK", SEES_DOETANK)
		.replace("NO_FACETS", NO_FACETS);

	private static final String[] VECTORS = { "d.search_vector", "t.search_vector", "d.lessons_vector",
			"p.search_vector", "qu.search_vector", "a.search_vector", "e.search_vector", "w.search_vector",
			"doc.search_vector", "pa.search_vector", "m.search_vector" };

	/**
	 * In one statement, so that the hits are found and ranked once ({@code chosen} is
	 * read twice, so PostgreSQL computes it once): a {@code count} row per kind with its
	 * number of hits under the other filters, then the {@code hit} rows of one page of
	 * the chosen kind (or all), best first, each with a snippet around the match.
	 */
	static final String PAGE_AND_COUNTS = hits()
			+ """
					SELECT 'count' AS row_type, kind, count(*) AS n, NULL AS title, NULL AS url, NULL AS snippet,
					       NULL::timestamptz AS at, NULL::real AS rank, NULL::bigint AS id
					  FROM chosen GROUP BY kind
					UNION ALL
					SELECT 'hit', h.kind, NULL, h.title, h.url, ts_headline('dutch', h.body, q.query, :options), h.at, h.rank, h.id
					  FROM (SELECT * FROM chosen WHERE (:kind = '' OR kind = :kind)
					         ORDER BY rank DESC, at DESC, kind, id LIMIT :limit OFFSET :offset) h, q
					 ORDER BY row_type, rank DESC, at DESC, kind, id
					""";

	/**
	 * The public title or name most like what was typed (pg_trgm's word similarity), for
	 * "Bedoelde je".
	 */
	static final String SUGGESTION = """
			SELECT title FROM (
			  SELECT title, word_similarity(:words, title) AS likeness FROM doetank
			   WHERE :words <%% title AND status IN %1$s
			  UNION ALL
			  SELECT name, word_similarity(:words, name) FROM werkvorm WHERE :words <%% name
			  UNION ALL
			  SELECT title, word_similarity(:words, title) FROM question WHERE :words <%% title AND hidden_at IS NULL
			  UNION ALL
			  SELECT title, word_similarity(:words, title) FROM event WHERE :words <%% title AND type <> 'DOETANK'
			  UNION ALL
			  SELECT p.title, word_similarity(:words, p.title) FROM post p LEFT JOIN doetank d ON d.id = p.doetank_id
			   WHERE :words <%% p.title AND p.status = 'GEPUBLICEERD' AND p.publish_at <= now() AND p.hidden_at IS NULL
			     AND (p.doetank_id IS NULL OR d.status IN %1$s)
			  UNION ALL
			  SELECT name, word_similarity(:words, name) FROM partner WHERE :words <%% name
			) close ORDER BY likeness DESC, title LIMIT 1
			""".formatted(PUBLIC_DOETANK);

	private SearchSql() {
	}

	/** Every kind of hit, each ranked. */
	private static String hits() {
		Object[] arguments = new Object[VECTORS.length + 1];
		arguments[0] = PUBLIC_DOETANK;
		for (int i = 0; i < VECTORS.length; i++) {
			arguments[i + 1] = RANK.formatted(VECTORS[i]);
		}
		return HITS_TEMPLATE.formatted(arguments);
	}

}
