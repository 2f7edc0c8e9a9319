package nl.clubhuis.search;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.Viewer;

/**
 * What someone searches for on /zoeken: the words (web search syntax) and, each optional,
 * a kind, a phase, status and theme (of the Doetank a hit belongs to) and a year (of the
 * hit's date), for a viewer who finds what they may read: everyone what is public, a
 * member also the profiles shown to members, and authors, teams, coaches, the redactie
 * and beheerders what they may read on its own page (concepts, proposals, hidden texts,
 * team documents).
 */
public record SearchFilter(String words, String kind, Phase fase, DoetankStatus status, Theme thema, Integer jaar,
		Viewer viewer) {

	public SearchFilter {
		words = Snippets.clean(words);
		kind = Search.KINDS.contains(kind) ? kind : "";
		status = (status != null && status.isPublic()) ? status : null;
		viewer = (viewer != null) ? viewer : Viewer.anonymous();
	}

	public static SearchFilter words(String words) {
		return new SearchFilter(words, "", null, null, null, null, Viewer.anonymous());
	}

	/** Whether a filter that only a Doetank's hits carry is chosen. */
	public boolean aboutDoetanks() {
		return this.fase != null || this.status != null || this.thema != null;
	}

}
