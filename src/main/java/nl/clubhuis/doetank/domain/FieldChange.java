package nl.clubhuis.doetank.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of a Doetank that a save changed, with its value before and after (as
 * {@link Doetank#described()} writes it; null for empty).
 */
public record FieldChange(String field, String old, String now) {

	/** The fields whose value differs, in the order of {@code after}. */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			String old = emptyToNull(before.get(field));
			String now = emptyToNull(value);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		});
		return changes;
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
