package nl.clubhuis.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, how many hits each kind has (whatever kind is filtered on), and a
 * title or name close to what was typed when little was found ("Bedoelde je").
 */
public record SearchResults(List<SearchHit> hits, Map<String, Long> counts, long total, String suggestion) {

	public static SearchResults none() {
		return new SearchResults(List.of(), Map.of(), 0, null);
	}

}
