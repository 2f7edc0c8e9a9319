package nl.clubhuis.doetank.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One save of a Doetank's description: who (null once they erased their account), when,
 * why, and the fields it changed with their old and new values. Append-only, except that
 * a beheerder may take a text out ({@link Revisions#remove}).
 */
@Entity
@Table(name = "doetank_revision")
public class DoetankRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	private Long authorId;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private RevisionCause cause;

	@Convert(converter = ChangesAsJson.class)
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private List<FieldChange> changes;

	protected DoetankRevision() {
	}

	DoetankRevision(Long doetankId, Long authorId, Instant at, RevisionCause cause, List<FieldChange> changes) {
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("a revision changes something");
		}
		this.doetankId = doetankId;
		this.authorId = authorId;
		this.at = at;
		this.cause = cause;
		this.changes = List.copyOf(changes);
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Instant getAt() {
		return this.at;
	}

	public RevisionCause getCause() {
		return this.cause;
	}

	public List<FieldChange> getChanges() {
		return this.changes;
	}

	/**
	 * Takes {@code text} out wherever it is {@code field}'s value; returns whether it
	 * was.
	 */
	boolean remove(String field, String text) {
		List<FieldChange> without = this.changes.stream().map((change) -> change.without(field, text)).toList();
		boolean changed = !without.equals(this.changes);
		this.changes = without;
		return changed;
	}

	/** The changes as a JSON list of {field, old, now}. */
	static class ChangesAsJson implements AttributeConverter<List<FieldChange>, String> {

		/** Revisions written before values could be taken out have no flags: false. */
		private static final JsonMapper JSON = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();

		private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(List<FieldChange> changes) {
			return JSON.writeValueAsString(changes);
		}

		@Override
		public List<FieldChange> convertToEntityAttribute(String json) {
			return (json == null) ? List.of() : JSON.readValue(json, LIST);
		}

	}

}
