package nl.clubhuis.doetank.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;

import nl.clubhuis.shared.RuleViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Writes and reads a Doetank's revisions. Whoever changes what a visitor reads of a
 * Doetank takes {@link Doetank#described()} before, changes it, and hands both here: one
 * revision when something changed, none otherwise.
 */
@Component
public class Revisions {

	public static final int PAGE_SIZE = 20;

	private final DoetankRevisionRepository revisions;

	Revisions(DoetankRevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * One revision with the fields that differ between {@code before} and the Doetank
	 * now; returns whether there were any. {@code authorId} may be null (the portal).
	 */
	public boolean record(Doetank doetank, Map<String, String> before, Long authorId, RevisionCause cause, Instant at) {
		List<FieldChange> changes = FieldChange.between(before, doetank.described());
		if (changes.isEmpty()) {
			return false;
		}
		this.revisions.save(new DoetankRevision(doetank.getId(), authorId, at, cause, changes));
		return true;
	}

	/** The newest {@code count} revisions: one query. */
	public List<DoetankRevision> latest(Long doetankId, int count) {
		return this.revisions.findByDoetankIdOrderByAtDescIdDesc(doetankId, Limit.of(count));
	}

	/** A page (0-based) of the history: the page and its count. */
	public Page<DoetankRevision> page(Long doetankId, int page) {
		return this.revisions.findByDoetankIdOrderByAtDescIdDesc(doetankId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	/**
	 * The free texts of a Doetank, which may hold what does not belong in its history (a
	 * name, a citizen service number); the other fields are codes, dates or choices.
	 */
	public static final Set<String> FREE_TEXTS = Set.of("title", "vraagstuk", "ambition", "organisations",
			"lookingForNote", "answerProblemOwner", "answerValue", "answerCapacity", "declineReason");

	/**
	 * The old or new value of a free text in one revision of this Doetank; empty when the
	 * revision, the field or a value is not there.
	 */
	public Optional<String> text(Long doetankId, long revisionId, String field, boolean old) {
		return this.revisions.findById(revisionId)
			.filter((revision) -> revision.getDoetankId().equals(doetankId))
			.flatMap((revision) -> valueIn(revision, field, old));
	}

	/**
	 * Takes the old or new value of a free text in one revision out of this Doetank's
	 * whole history, wherever it is that field's old or new value; returns in how many
	 * revisions (0 when it was taken out already). Every revision is locked before
	 * anything is read, so two removals at once do not write over each other. The
	 * description must no longer say it, or the next save would write it back
	 * ({@code current}: the field's value in the description now).
	 */
	public int remove(Long doetankId, long revisionId, String field, boolean old, String current) {
		List<DoetankRevision> history = this.revisions.findByDoetankId(doetankId);
		Optional<String> text = history.stream()
			.filter((revision) -> revision.getId() == revisionId)
			.findFirst()
			.flatMap((revision) -> valueIn(revision, field, old));
		if (text.isEmpty()) {
			return 0;
		}
		if (text.get().equals(current)) {
			throw new RuleViolationException("revision.remove.stillInDescription");
		}
		int changed = 0;
		for (DoetankRevision revision : history) {
			if (revision.remove(field, text.get())) {
				changed++;
			}
		}
		return changed;
	}

	private static Optional<String> valueIn(DoetankRevision revision, String field, boolean old) {
		if (!FREE_TEXTS.contains(field)) {
			return Optional.empty();
		}
		return revision.getChanges()
			.stream()
			.filter((change) -> change.field().equals(field))
			.findFirst()
			.map((change) -> old ? change.old() : change.now());
	}

}
