package nl.clubhuis.search;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

/**
 * What someone searches for on /zoeken: the words (web search syntax) and, each optional,
 * a kind, a phase, status and theme (of the Doetank a hit belongs to) and a year (of the
 * hit's date). {@code loggedIn}: profiles visible to members are found too.
 */
public record SearchFilter(String words, String kind, Phase fase, DoetankStatus status, Theme thema, Integer jaar,
		boolean loggedIn) {

	public SearchFilter {
		words = Snippets.clean(words);
		kind = Search.KINDS.contains(kind) ? kind : "";
		status = (status != null && status.isPublic()) ? status : null;
	}

	public static SearchFilter words(String words) {
		return new SearchFilter(words, "", null, null, null, null, false);
	}

	/** Whether a filter that only a Doetank's hits carry is chosen. */
	public boolean aboutDoetanks() {
		return this.fase != null || this.status != null || this.thema != null;
	}

}
