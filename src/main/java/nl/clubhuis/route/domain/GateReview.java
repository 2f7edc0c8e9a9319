package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.GateReviewCommand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A gatekeepers-overleg as it was held: who was there, the checklist, the reflection and
 * the decision.
 */
@Entity
@Table(name = "gate_review")
public class GateReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private GateDecision.Kind decision;

	private String reflection;

	/** Among coaches only: never shown to the team or to visitors. */
	private String coachesReflection;

	private String agreedActions;

	@Enumerated(EnumType.STRING)
	private Phase backToPhase;

	private String newVraagstuk;

	private String stopReason;

	private String lessons;

	private String closingResult;

	private Long recordedById;

	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "gate_review_coach", joinColumns = @JoinColumn(name = "gate_review_id"))
	@Column(name = "member_id")
	@OrderBy
	private Set<Long> coachesPresent = new LinkedHashSet<>();

	@OneToMany(mappedBy = "review", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<GateReviewAnswer> answers = new ArrayList<>();

	protected GateReview() {
	}

	public GateReview(Long doetankId, Phase phase, GateReviewCommand command, Set<Long> coachesPresent,
			List<ChecklistItem> checkpoints, Long recordedById, Instant recordedAt) {
		this.doetankId = doetankId;
		this.phase = phase;
		this.heldOn = command.heldOn();
		this.decision = command.decision().kind();
		this.reflection = command.reflection().strip();
		this.coachesReflection = nl.clubhuis.shared.Texts.stripToNull(command.coachesReflection());
		this.agreedActions = command.decision().agreedActions();
		if (command.decision() instanceof GateDecision.Herformuleren back) {
			this.backToPhase = back.backTo();
			this.newVraagstuk = back.newVraagstuk();
		}
		if (command.decision() instanceof GateDecision.Stoppen stop) {
			this.stopReason = stop.reason();
			this.lessons = stop.lessons();
		}
		if (command.decision() instanceof GateDecision.Afsluiten closing) {
			this.closingResult = closing.result();
		}
		this.recordedById = recordedById;
		this.recordedAt = recordedAt;
		this.coachesPresent.addAll(coachesPresent);
		for (ChecklistItem item : checkpoints) {
			GateReviewCommand.Answer answer = command.answerTo(item.getId());
			this.answers.add(
					new GateReviewAnswer(this, item.getPosition(), item.getTextNl(), answer.answer(), answer.remark()));
		}
	}

	public Long getId() {
		return this.id;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public GateDecision.Kind getDecision() {
		return this.decision;
	}

	public String getReflection() {
		return this.reflection;
	}

	public String getCoachesReflection() {
		return this.coachesReflection;
	}

	public String getAgreedActions() {
		return this.agreedActions;
	}

	public Phase getBackToPhase() {
		return this.backToPhase;
	}

	public String getNewVraagstuk() {
		return this.newVraagstuk;
	}

	public String getStopReason() {
		return this.stopReason;
	}

	public String getLessons() {
		return this.lessons;
	}

	/** What a Doetank that closed before verbreden delivered. */
	public String getClosingResult() {
		return this.closingResult;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Set<Long> getCoachesPresent() {
		return this.coachesPresent;
	}

	public List<GateReviewAnswer> getAnswers() {
		return this.answers;
	}

}
