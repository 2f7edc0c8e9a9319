package nl.clubhuis.toolkit.domain;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Slugs;

/** How a werkvorm gets its address, and why two may not share a name. */
final class WerkvormNaming {

	/** Addresses below /toolkit that are pages of their own, not werkvormen. */
	static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "printbaar", "bewerken", "bestanden", "verwijderen");

	private WerkvormNaming() {
	}

	/** The address for a new werkvorm: from its name, never a page's, never taken. */
	static String slugFor(String name, Predicate<String> taken) {
		return Slugs.unique(name, (candidate) -> RESERVED_SLUGS.contains(candidate) || taken.test(candidate));
	}

	/**
	 * Two werkvormen with one name would look the same in every list and choice.
	 * @param sameName the id of the werkvorm that has this name (in any case), if any
	 * @param self the werkvorm being named, or null for a new one
	 */
	static void requireUniqueName(Optional<Long> sameName, Long self) {
		if (sameName.filter((other) -> !other.equals(self)).isPresent()) {
			throw new RuleViolationException("toolkit.name.taken");
		}
	}

}
