package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a coach records in a gatekeepers-overleg. */
public record GateReviewCommand(LocalDate heldOn, Set<Long> coachIds, List<Answer> answers, String reflection,
		GateDecision decision, String agreedActions, Phase backToPhase, String newVraagstuk, String stopReason,
		String lessons) {

	/**
	 * Only what belongs to the decision is kept: what was typed for another choice,
	 * before the coach changed their mind, is not recorded.
	 */
	public GateReviewCommand {
		boolean reformulate = decision == GateDecision.HERFORMULEREN;
		boolean stop = decision == GateDecision.STOPPEN;
		boolean goesOn = !stop && decision != GateDecision.AFRONDEN;
		agreedActions = goesOn ? agreedActions : null;
		backToPhase = reformulate ? backToPhase : null;
		newVraagstuk = reformulate ? newVraagstuk : null;
		stopReason = stop ? stopReason : null;
		lessons = stop ? lessons : null;
	}

	public record Answer(Long checklistItemId, ChecklistAnswer answer, String remark) {
	}

	Answer answerTo(Long checklistItemId) {
		return this.answers.stream()
			.filter((answer) -> checklistItemId.equals(answer.checklistItemId()) && answer.answer() != null)
			.findFirst()
			.orElseThrow(() -> new nl.clubhuis.shared.RuleViolationException("gate.rule.answerEveryCheckpoint"));
	}

}
