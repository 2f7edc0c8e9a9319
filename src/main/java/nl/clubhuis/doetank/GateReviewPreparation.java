package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;

import nl.clubhuis.member.Member;

/** Everything the gatekeepers-overleg form shows. */
public record GateReviewPreparation(Doetank doetank, List<ChecklistItem> checklist, List<Member> coaches,
		List<GateReviewRequest> openRequests, LocalDate phaseStartedOn) {

	public List<ChecklistItem> checkpoints() {
		return this.checklist.stream().filter(ChecklistItem::isCheckpoint).toList();
	}

	public List<ChecklistItem> guidingQuestions() {
		return this.checklist.stream().filter((item) -> !item.isCheckpoint()).toList();
	}

}
