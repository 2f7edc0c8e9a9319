package nl.clubhuis.toolkit;

import java.util.List;

import nl.clubhuis.doetank.Phase;

/**
 * A werkvorm in a list: name, summary and the phases it fits, in route order; whether the
 * network no longer recommends it, with the redactie's word why (may be null).
 */
public record WerkvormCard(String slug, String name, String summary, List<Phase> phases, boolean retired,
		String retiredNote) {

	public WerkvormCard {
		phases = List.copyOf(phases);
	}

	public String path() {
		return "/toolkit/" + this.slug;
	}

	public boolean fitsEveryPhase() {
		return this.phases.size() == Phase.count();
	}

}
