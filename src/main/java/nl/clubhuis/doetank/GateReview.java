package nl.clubhuis.doetank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.clubhuis.member.Member;
import nl.clubhuis.shared.Texts;

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

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private GateDecision decision;

	private String reflection;

	private String agreedActions;

	@Enumerated(EnumType.STRING)
	private Phase backToPhase;

	private String newVraagstuk;

	private String stopReason;

	private String lessons;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "recorded_by_id")
	private Member recordedBy;

	private Instant recordedAt;

	@ManyToMany
	@JoinTable(name = "gate_review_coach", joinColumns = @JoinColumn(name = "gate_review_id"),
			inverseJoinColumns = @JoinColumn(name = "member_id"))
	private Set<Member> coachesPresent = new LinkedHashSet<>();

	@OneToMany(mappedBy = "review", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<GateReviewAnswer> answers = new ArrayList<>();

	protected GateReview() {
	}

	GateReview(Doetank doetank, Phase phase, GateReviewCommand command, Set<Member> coachesPresent,
			List<ChecklistItem> checkpoints, Member recordedBy, Instant recordedAt) {
		this.doetank = doetank;
		this.phase = phase;
		this.heldOn = command.heldOn();
		this.decision = command.decision();
		this.reflection = command.reflection().strip();
		this.agreedActions = Texts.stripToNull(command.agreedActions());
		if (command.decision() == GateDecision.HERFORMULEREN) {
			this.backToPhase = command.backToPhase();
			this.newVraagstuk = Texts.stripToNull(command.newVraagstuk());
		}
		if (command.decision() == GateDecision.STOPPEN) {
			this.stopReason = Texts.stripToNull(command.stopReason());
			this.lessons = Texts.stripToNull(command.lessons());
		}
		this.recordedBy = recordedBy;
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

	public GateDecision getDecision() {
		return this.decision;
	}

	public String getReflection() {
		return this.reflection;
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

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public Set<Member> getCoachesPresent() {
		return this.coachesPresent;
	}

	public List<GateReviewAnswer> getAnswers() {
		return this.answers;
	}

}
