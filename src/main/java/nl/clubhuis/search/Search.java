package nl.clubhuis.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Searches with one ranked union query (titles weigh most) that also counts the hits per
 * kind; when nothing is found, one more statement looks for a title close to what was
 * typed. Everyone finds what is public (public Doetanks and their lessons, posts
 * published by now, questions and answers not hidden, agenda items that are not a team's
 * own meeting, werkvormen, public documents of public Doetanks, partners, findable
 * profiles shown to them); a viewer also finds what they may read on its own page, by the
 * same rules as those pages (see {@link SearchSql}).
 */
@Service
public class Search {

	public static final List<String> KINDS = List.of("doetank", "les", "bericht", "vraag", "antwoord", "activiteit",
			"werkvorm", "document", "partner", "profiel");

	public static final int PAGE_SIZE = 20;

	/**
	 * The most hits of one kind that are ranked and counted; a kind with more says so
	 * ("1.000+") and the page suggests more words. Those ranked are then the first the
	 * database finds, not the best of all: finding the best would mean reading and
	 * ranking every hit (a word in 25,000 profiles took ~140 ms), so a title that uses
	 * such a word may be among those left out. Kinds with fewer hits are ranked whole.
	 */
	public static final int MOST_PER_KIND = 1000;

	private final JdbcClient jdbc;

	Search(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Page {@code page} (from 1) of what matches the filter. */
	public SearchResults find(SearchFilter filter, int page) {
		if (filter.words().isEmpty()) {
			return SearchResults.none();
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		List<SearchHit> hits = new ArrayList<>();
		withFilter(this.jdbc.sql(SearchSql.PAGE_AND_COUNTS), filter).param("options", Snippets.OPTIONS)
			.param("kind", filter.kind())
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (Math.max(page, 1) - 1) * PAGE_SIZE)
			.query((rs) -> {
				if ("count".equals(rs.getString("row_type"))) {
					counts.put(rs.getString("kind"), rs.getLong("n"));
				}
				else {
					hits.add(new SearchHit(rs.getString("kind"), rs.getString("title"), rs.getString("url"),
							Snippets.toHtml(rs.getString("snippet")), rs.getTimestamp("at").toInstant()));
				}
			});
		SearchResults results = new SearchResults(hits, counts, filter.kind(), null);
		return (results.total() == 0) ? results.withSuggestion(suggestion(filter.words())) : results;
	}

	private String suggestion(String words) {
		return this.jdbc.sql(SearchSql.SUGGESTION)
			.param("words", words)
			.query(String.class)
			.optional()
			.filter((title) -> !title.equalsIgnoreCase(words))
			.orElse(null);
	}

	private static JdbcClient.StatementSpec withFilter(JdbcClient.StatementSpec statement, SearchFilter filter) {
		Viewer viewer = filter.viewer();
		return statement.param("words", filter.words())
			.param("me", viewer.memberId().orElse(-1L))
			.param("loggedIn", viewer.isLoggedIn())
			.param("coach", viewer.isCoach() || viewer.isBeheerder())
			.param("redactie", viewer.isRedactie())
			.param("beheerder", viewer.isBeheerder())
			.param("fase", (filter.fase() != null) ? filter.fase().name() : "")
			.param("status", (filter.status() != null) ? filter.status().name() : "")
			.param("thema", (filter.thema() != null) ? filter.thema().name() : "")
			.param("jaar", (filter.jaar() != null) ? filter.jaar() : 0);
	}

}
