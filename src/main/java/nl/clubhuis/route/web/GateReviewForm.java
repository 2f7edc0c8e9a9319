package nl.clubhuis.route.web;

import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistAnswer;
import nl.clubhuis.route.GateReviewCommand;
import nl.clubhuis.route.domain.ChecklistItem;
import nl.clubhuis.route.domain.CoachQuorum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The fields of /doetanks/{slug}/gatekeepers/nieuw. */
public class GateReviewForm {

	/**
	 * ISO, both ways: a date input only shows a value like 2026-11-23, not the locale's
	 * short style (23-11-2026) the portal would otherwise print.
	 */
	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	private Set<Long> coachIds = new HashSet<>();

	private Map<Long, ChecklistAnswer> answers = new HashMap<>();

	private Map<Long, String> remarks = new HashMap<>();

	/** The phase under review when the form was opened: an overleg sent twice is one. */
	private Phase reviewed;

	@NotBlank
	@Size(max = 4000)
	private String reflection;

	@Size(max = 4000)
	private String coachesReflection;

	@NotNull
	private GateDecision.Kind decision;

	@Size(max = 2000)
	private String agreedActions;

	private Phase backToPhase;

	@Size(max = 2000)
	private String newVraagstuk;

	@Size(max = 2000)
	private String stopReason;

	@Size(max = 4000)
	private String lessons;

	@Size(max = 4000)
	private String closingResult;

	/**
	 * The rules that depend on the decision and the phase; each lands next to its field.
	 */
	void checkAgainst(Phase phase, LocalDate phaseStartedOn, List<ChecklistItem> checkpoints, Errors errors) {
		if (this.heldOn != null && phaseStartedOn != null && this.heldOn.isBefore(phaseStartedOn)) {
			errors.rejectValue("heldOn", "gate.rule.heldBeforePhase");
		}
		checkpoints(checkpoints, errors);
		if (this.decision != null) {
			toDecision().problemsIn(phase).forEach(errors::rejectValue);
		}
	}

	/**
	 * An overleg is an intervision among coaches: fewer than the network's minimum,
	 * counting the recorder, is explained next to the coaches.
	 */
	void checkCoaches(Long recorderId, Collection<Long> networkCoaches, CoachQuorum quorum, Errors errors) {
		if (!quorum.isMetBy(CoachQuorum.present(recorderId, this.coachIds, networkCoaches))) {
			errors.rejectValue("coachIds", "gate.rule.tooFewCoaches", new Object[] { quorum.minimum() }, null);
		}
	}

	private void checkpoints(List<ChecklistItem> checkpoints, Errors errors) {
		for (ChecklistItem item : checkpoints) {
			if (this.answers.get(item.getId()) == null) {
				errors.rejectValue("answers[" + item.getId() + "]", "gate.answer.required");
			}
			String remark = this.remarks.get(item.getId());
			if (remark != null && remark.length() > 1000) {
				errors.rejectValue("remarks[" + item.getId() + "]", "Size", new Object[] { "", 1000, 0 }, null);
			}
		}
	}

	private GateDecision toDecision() {
		return GateDecision.of(this.decision, this.agreedActions, this.backToPhase, this.newVraagstuk, this.stopReason,
				this.lessons, this.closingResult);
	}

	/**
	 * Only what belongs to the decision is kept: what was typed for another choice,
	 * before the coach changed their mind, is not recorded.
	 */
	GateReviewCommand toCommand() {
		List<GateReviewCommand.Answer> given = new ArrayList<>();
		this.answers.forEach(
				(itemId, answer) -> given.add(new GateReviewCommand.Answer(itemId, answer, this.remarks.get(itemId))));
		return new GateReviewCommand(this.heldOn, this.coachIds, given, this.reflection, toDecision(),
				this.coachesReflection);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Set<Long> getCoachIds() {
		return this.coachIds;
	}

	public void setCoachIds(Set<Long> coachIds) {
		this.coachIds = (coachIds == null) ? new HashSet<>() : coachIds;
	}

	public Map<Long, ChecklistAnswer> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Long, ChecklistAnswer> answers) {
		this.answers = answers;
	}

	public Map<Long, String> getRemarks() {
		return this.remarks;
	}

	public void setRemarks(Map<Long, String> remarks) {
		this.remarks = remarks;
	}

	public String getReflection() {
		return this.reflection;
	}

	public void setReflection(String reflection) {
		this.reflection = reflection;
	}

	public String getCoachesReflection() {
		return this.coachesReflection;
	}

	public void setCoachesReflection(String coachesReflection) {
		this.coachesReflection = coachesReflection;
	}

	public GateDecision.Kind getDecision() {
		return this.decision;
	}

	public void setDecision(GateDecision.Kind decision) {
		this.decision = decision;
	}

	public String getAgreedActions() {
		return this.agreedActions;
	}

	public void setAgreedActions(String agreedActions) {
		this.agreedActions = agreedActions;
	}

	public Phase getBackToPhase() {
		return this.backToPhase;
	}

	public void setBackToPhase(Phase backToPhase) {
		this.backToPhase = backToPhase;
	}

	public String getNewVraagstuk() {
		return this.newVraagstuk;
	}

	public void setNewVraagstuk(String newVraagstuk) {
		this.newVraagstuk = newVraagstuk;
	}

	public String getStopReason() {
		return this.stopReason;
	}

	public void setStopReason(String stopReason) {
		this.stopReason = stopReason;
	}

	public String getLessons() {
		return this.lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

	public String getClosingResult() {
		return this.closingResult;
	}

	public void setClosingResult(String closingResult) {
		this.closingResult = closingResult;
	}

	public Phase getReviewed() {
		return this.reviewed;
	}

	public void setReviewed(Phase reviewed) {
		this.reviewed = reviewed;
	}

}
