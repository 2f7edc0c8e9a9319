package nl.clubhuis.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches everything public with one ranked union query (title weighs most) and counts
 * the hits per kind with one more: two statements whatever the data size. Only public
 * things are found (public Doetanks, posts published by now about a public Doetank or
 * none, questions and answers not hidden, agenda items that are not a team's own
 * meeting); drafts, scheduled posts, proposals and hidden texts stay on their own pages.
 */
@Service
public class Search {

	public static final List<String> KINDS = List.of("doetank", "bericht", "vraag", "antwoord", "activiteit");

	public static final int PAGE_SIZE = 20;

	private static final String PUBLIC_DOETANK = "('ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT')";

	private static final String HITS = """
			WITH q AS (SELECT websearch_to_tsquery('dutch', :query) AS query),
			hits AS (
			  SELECT 'doetank' AS kind, d.title, '/doetanks/' || d.slug AS url,
			         d.vraagstuk || ' ' || coalesce(d.result, '') || ' ' || coalesce(d.lessons, '') AS body,
			         d.updated_at AS at, ts_rank('{0.1, 0.2, 0.4, 1.0}', d.search_vector, q.query) AS rank
			    FROM doetank d, q WHERE d.search_vector @@ q.query AND d.status IN %1$s
			  UNION ALL
			  SELECT 'bericht', p.title, CASE p.kind WHEN 'NIEUWS' THEN '/nieuws/' || p.slug
			         WHEN 'CAFEBLOG' THEN '/cafeblog/' || p.slug ELSE '/doetanks/' || d.slug || '/blog/' || p.slug END,
			         p.body, p.publish_at, ts_rank('{0.1, 0.2, 0.4, 1.0}', p.search_vector, q.query)
			    FROM post p LEFT JOIN doetank d ON d.id = p.doetank_id, q
			   WHERE p.search_vector @@ q.query AND p.status = 'GEPUBLICEERD' AND p.publish_at <= now()
			     AND (p.doetank_id IS NULL OR d.status IN %1$s)
			  UNION ALL
			  SELECT 'vraag', qu.title, '/vragen/' || qu.slug, qu.body, qu.asked_at,
			         ts_rank('{0.1, 0.2, 0.4, 1.0}', qu.search_vector, q.query)
			    FROM question qu, q WHERE qu.search_vector @@ q.query AND qu.hidden_at IS NULL
			  UNION ALL
			  SELECT 'antwoord', qu.title, '/vragen/' || qu.slug, a.body, a.written_at,
			         ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search_vector, q.query)
			    FROM answer a JOIN question qu ON qu.id = a.question_id, q
			   WHERE a.search_vector @@ q.query AND a.hidden_at IS NULL AND qu.hidden_at IS NULL
			  UNION ALL
			  SELECT 'activiteit', e.title, '/agenda/' || e.slug, e.description, e.starts_at,
			         ts_rank('{0.1, 0.2, 0.4, 1.0}', e.search_vector, q.query)
			    FROM event e, q WHERE e.search_vector @@ q.query AND e.type <> 'DOETANK'
			)
			""".formatted(PUBLIC_DOETANK);

	private static final String PAGE = HITS + """
			SELECT h.kind, h.title, h.url, ts_headline('dutch', h.body, q.query, :options) AS snippet, h.at
			  FROM (SELECT * FROM hits WHERE (:kind = '' OR kind = :kind)
			         ORDER BY rank DESC, at DESC, url LIMIT :limit OFFSET :offset) h, q
			 ORDER BY h.rank DESC, h.at DESC, h.url
			""";

	private static final String COUNTS = HITS + "SELECT kind, count(*) AS n FROM hits GROUP BY kind";

	private final JdbcClient jdbc;

	Search(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Page {@code page} (from 1) of what matches {@code text} (web search syntax: "a
	 * phrase", -exclusion, or), of {@code kind} when it is one of {@link #KINDS}.
	 */
	public SearchResults find(String text, String kind, int page) {
		String query = Snippets.clean(text);
		if (query.isEmpty()) {
			return SearchResults.none();
		}
		String onlyKind = KINDS.contains(kind) ? kind : "";
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(COUNTS)
			.param("query", query)
			.query((rs, n) -> counts.put(rs.getString("kind"), rs.getLong("n")))
			.list();
		List<SearchHit> hits = this.jdbc.sql(PAGE)
			.param("query", query)
			.param("options", Snippets.OPTIONS)
			.param("kind", onlyKind)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (Math.max(page, 1) - 1) * PAGE_SIZE)
			.query((rs, n) -> new SearchHit(rs.getString("kind"), rs.getString("title"), rs.getString("url"),
					Snippets.toHtml(rs.getString("snippet")), rs.getTimestamp("at").toInstant()))
			.list();
		long total = onlyKind.isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.getOrDefault(onlyKind, 0L);
		return new SearchResults(hits, counts, total);
	}

}
