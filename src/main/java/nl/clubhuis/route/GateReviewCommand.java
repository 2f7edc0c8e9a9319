package nl.clubhuis.route;

import nl.clubhuis.doetank.GateDecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a coach records in a gatekeepers-overleg: when, who was there, the checklist, the
 * reflection, the coaches' own reflection among themselves (may be null) and the decision
 * (which carries only what belongs to that choice).
 */
public record GateReviewCommand(LocalDate heldOn, Set<Long> coachIds, List<Answer> answers, String reflection,
		GateDecision decision, String coachesReflection) {

	public GateReviewCommand(LocalDate heldOn, Set<Long> coachIds, List<Answer> answers, String reflection,
			GateDecision decision) {
		this(heldOn, coachIds, answers, reflection, decision, null);
	}

	public record Answer(Long checklistItemId, ChecklistAnswer answer, String remark) {
	}

	public Answer answerTo(Long checklistItemId) {
		return this.answers.stream()
			.filter((answer) -> checklistItemId.equals(answer.checklistItemId()) && answer.answer() != null)
			.findFirst()
			.orElseThrow(() -> new nl.clubhuis.shared.RuleViolationException("gate.rule.answerEveryCheckpoint"));
	}

}
