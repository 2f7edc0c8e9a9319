package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.MemberRef;

/**
 * Everything the gatekeepers-overleg form shows; {@code names}: who asked for it, by id.
 */
public record GateReviewPreparation(DoetankRef doetank, List<ChecklistItem> checklist, List<MemberRef> coaches,
		List<OpenGateRequest> openRequests, Map<Long, MemberRef> names, LocalDate phaseStartedOn) {

	public List<ChecklistItem> checkpoints() {
		return this.checklist.stream().filter(ChecklistItem::isCheckpoint).toList();
	}

	public List<ChecklistItem> guidingQuestions() {
		return this.checklist.stream().filter(ChecklistItem::isGuidingQuestion).toList();
	}

	/** "Jouw rol als coach" in this phase: guidance beside the checklist. */
	public List<ChecklistItem> coachRoles() {
		return this.checklist.stream().filter(ChecklistItem::isCoachRole).toList();
	}

}
