package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the edit form of a Doetank sends: its description, the start date, the expertise
 * it looks for (term ids of the vocabulary), and what only a coach sets (typology and
 * urgency; ignored for others). {@code version} is the version the person saw: a save on
 * an older version is a conflict.
 */
public record DoetankEdit(String title, String vraagstuk, String ambition, Theme theme, List<String> organisations,
		LocalDate startDate, Set<LookingFor> lookingFor, Set<Long> expertiseIds, String lookingForNote,
		Set<TypologyCode> typology, Urgency urgency, long version) {

	public DoetankEdit {
		expertiseIds = (expertiseIds == null) ? Set.of() : Set.copyOf(expertiseIds);
		typology = (typology == null) ? Set.of() : Set.copyOf(typology);
	}

	/** The descriptive part, as a proposal has it too. */
	public DoetankDetails details() {
		return new DoetankDetails(this.title, this.vraagstuk, this.ambition, this.theme, this.organisations,
				this.lookingFor, this.lookingForNote);
	}

}
