package nl.clubhuis.yearreport.domain;

import java.util.List;
import java.util.Locale;

/**
 * Why Doetanks stop, grouped as the method tells it (method.md, "Why Doetanks stop"): a
 * stop reason is free text, so a reason falls in the first group whose words it uses, and
 * in OVERIG when it uses none. The order of the groups decides a reason that names more
 * than one (too early, and the opdrachtgever left: too early).
 */
public enum StopGroup {

	TE_VROEG("te vroeg", "dubbel", "al gedekt", "ander programma"),

	MINDER_URGENT("urgent", "prioriteit"),

	TE_ABSTRACT("abstract", "behapba", "afbakenen", "niet scherp", "terug te brengen"),

	TEAM_VIEL_UIT("kernleden", "andere baan", "vertrok", "motivatie", "geen tijd", "team viel", "uit elkaar"),

	OPLOSSING_ZOCHT_PROBLEEM("oplossing", "beleidsinstrument", "idee"),

	GEEN_OPDRACHTGEVER("opdrachtgever", "mandaat", "beslisbevoegd"),

	OVERIG;

	private final List<String> words;

	StopGroup(String... words) {
		this.words = List.of(words);
	}

	/** The group of a stop reason; OVERIG for none or one that says nothing we know. */
	public static StopGroup of(String reason) {
		if (reason == null) {
			return OVERIG;
		}
		String lowered = reason.toLowerCase(Locale.ROOT);
		for (StopGroup group : values()) {
			if (group.words.stream().anyMatch(lowered::contains)) {
				return group;
			}
		}
		return OVERIG;
	}

}
