package nl.clubhuis.doetank.web;

import java.util.List;

import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.expertise.Expertise;

/**
 * "Voor jou": Doetanks for this member; {@code knowsSomething} is false when they named
 * no expertise yet.
 */
public record Suggestions(boolean knowsSomething, List<Suggestion> doetanks) {

	public Suggestions {
		doetanks = List.copyOf(doetanks);
	}

	/** A Doetank, and what it looks for that the member knows. */
	public record Suggestion(DoetankCard doetank, List<Expertise> inCommon) {
	}

}
