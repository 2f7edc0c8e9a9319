package nl.clubhuis.questions.domain;

import java.util.Set;
import java.util.UUID;

import nl.clubhuis.doetank.Phase;

/**
 * A new question as the member typed it, checked by the form; {@code submission} is the
 * form's one-time token, so sending it twice asks once.
 */
public record QuestionDraft(UUID submission, String title, String body, Set<Long> expertise, Long doetankId,
		Phase phase) {

	public QuestionDraft {
		expertise = Set.copyOf(expertise);
	}

}
