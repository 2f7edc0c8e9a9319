package nl.clubhuis.doetank;

import java.util.List;

/**
 * The werkvormen a Doetank used, and those that fit a phase. The toolkit module provides
 * it, so the Doetank page and the gate review form can show them without this module
 * knowing how the toolkit is kept.
 */
public interface DoetankToolkit {

	/** What the team recorded, in route order. */
	List<UsedWerkvorm> usedBy(DoetankRef doetank);

	/** Werkvormen for a phase, by name. */
	List<WerkvormLink> fitting(Phase phase);

	record UsedWerkvorm(String name, String path, Phase phase, String note) {
	}

	record WerkvormLink(String name, String path, String summary) {
	}

}
