package nl.clubhuis.toolkit;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Phase;

/** A public Doetank used a werkvorm in a phase, and says what it did with it. */
public record UsageExample(Long id, DoetankRef doetank, String werkvormName, String werkvormPath, Phase phase,
		String note) {
}
