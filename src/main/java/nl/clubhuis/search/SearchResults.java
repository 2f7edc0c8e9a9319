package nl.clubhuis.search;

import java.util.List;
import java.util.Map;

/** One page of hits, and how many hits each kind has (whatever kind is filtered on). */
public record SearchResults(List<SearchHit> hits, Map<String, Long> counts, long total) {

	public static SearchResults none() {
		return new SearchResults(List.of(), Map.of(), 0);
	}

}
