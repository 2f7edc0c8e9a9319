package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a coach records in a gatekeepers-overleg. */
public record GateReviewCommand(LocalDate heldOn, Set<Long> coachIds, List<Answer> answers, String reflection,
		GateDecision decision, String agreedActions, Phase backToPhase, String newVraagstuk, String stopReason,
		String lessons) {

	public record Answer(Long checklistItemId, ChecklistAnswer answer, String remark) {
	}

	Answer answerTo(Long checklistItemId) {
		return this.answers.stream()
			.filter((answer) -> checklistItemId.equals(answer.checklistItemId()) && answer.answer() != null)
			.findFirst()
			.orElseThrow(() -> new nl.clubhuis.shared.RuleViolationException("gate.rule.answerEveryCheckpoint"));
	}

}
