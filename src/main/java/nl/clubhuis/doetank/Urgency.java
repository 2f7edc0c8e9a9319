package nl.clubhuis.doetank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgent a coach estimates the vraagstuk; stored as the lower-case word. */
public enum Urgency {

	LAAG, MATIG, HOOG;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The urgency a stored word stands for; empty for none or a word of old data. */
	public static Optional<Urgency> of(String value) {
		return Arrays.stream(values()).filter((urgency) -> urgency.value().equals(value)).findFirst();
	}

}
