package nl.clubhuis.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, how many hits each kind has (whatever kind is filtered on), and a
 * title or name close to what was typed when little was found ("Bedoelde je"). A kind
 * counts at most {@link Search#MOST_PER_KIND} hits; in {@code found} a kind that has more
 * holds a larger number (what the capped search read).
 */
public record SearchResults(List<SearchHit> hits, Map<String, Long> found, String kind, String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
		found = Collections.unmodifiableMap(new LinkedHashMap<>(found));
	}

	public static SearchResults none() {
		return new SearchResults(List.of(), Map.of(), "", null);
	}

	SearchResults withSuggestion(String suggestion) {
		return new SearchResults(this.hits, this.found, this.kind, suggestion);
	}

	public long count(String kind) {
		return Math.min(this.found.getOrDefault(kind, 0L), Search.MOST_PER_KIND);
	}

	/** Whether this kind has more hits than are counted. */
	public boolean more(String kind) {
		return this.found.getOrDefault(kind, 0L) > Search.MOST_PER_KIND;
	}

	/** The hits of the kind searched for, or of all kinds. */
	public long total() {
		return this.kind.isEmpty() ? this.found.keySet().stream().mapToLong(this::count).sum() : count(this.kind);
	}

	/** Whether there are more hits than {@link #total()} says. */
	public boolean moreThanTotal() {
		return this.kind.isEmpty() ? this.found.keySet().stream().anyMatch(this::more) : more(this.kind);
	}

}
