package nl.clubhuis.doetank.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of a Doetank that a save changed, with its value before and after (as
 * {@link Doetank#described()} writes it; null for empty). A value a beheerder took out of
 * the history (personal data, say) is null with {@code oldRemoved} or {@code nowRemoved}.
 */
public record FieldChange(String field, String old, String now,
		@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean oldRemoved,
		@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean nowRemoved) {

	public FieldChange(String field, String old, String now) {
		this(field, old, now, false, false);
	}

	/** This change with {@code text} taken out wherever it is this field's value. */
	FieldChange without(String field, String text) {
		if (!this.field.equals(field)) {
			return this;
		}
		boolean oldGoes = text.equals(this.old);
		boolean nowGoes = text.equals(this.now);
		return new FieldChange(this.field, oldGoes ? null : this.old, nowGoes ? null : this.now,
				this.oldRemoved || oldGoes, this.nowRemoved || nowGoes);
	}

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
