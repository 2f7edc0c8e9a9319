package nl.clubhuis.doetank;

import java.util.List;
import java.util.Set;

/** The descriptive part of a Doetank, as its trekker writes it. */
public record DoetankDetails(String title, String vraagstuk, String ambition, Theme theme, List<String> organisations,
		Set<LookingFor> lookingFor, String lookingForNote) {

	public DoetankDetails {
		organisations = (organisations == null) ? List.of()
				: organisations.stream().map(String::strip).filter((name) -> !name.isEmpty()).distinct().toList();
		lookingFor = (lookingFor == null) ? Set.of() : Set.copyOf(lookingFor);
	}

}
