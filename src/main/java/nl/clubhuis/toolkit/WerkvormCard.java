package nl.clubhuis.toolkit;

import java.util.List;

import nl.clubhuis.doetank.Phase;

/** A werkvorm in a list: name, summary and the phases it fits, in route order. */
public record WerkvormCard(String slug, String name, String summary, List<Phase> phases) {

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
