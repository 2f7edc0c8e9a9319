package nl.clubhuis.doetank;

import java.util.List;
import java.util.Set;

/**
 * A Doetank as a card shows it (the home page, the list of Doetanks): its address and
 * title, where it is on the route, its theme, the first sentence of its vraagstuk and
 * whom it is looking for, and whether other organisations took up its result
 * ({@code adopted}: "overgenomen elders").
 */
public record DoetankCard(Long id, String slug, String title, Phase phase, DoetankStatus status, Theme theme,
		boolean diffusietank, String vraagstukSummary, Set<LookingFor> lookingFor, boolean adopted) {

	private static final List<Phase> PHASES = List.of(Phase.values());

	public DoetankCard {
		lookingFor = Set.copyOf(lookingFor);
	}

	/** The six phases of the route, for the card's phase steps. */
	public List<Phase> phases() {
		return PHASES;
	}

	public String path() {
		return "/doetanks/" + this.slug;
	}

}
