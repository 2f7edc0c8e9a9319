package nl.clubhuis.doetank;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.clubhuis.member.Member;

/**
 * One step in a Doetank's route; appended, never changed (the database refuses updates).
 */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@Enumerated(EnumType.STRING)
	private TransitionKind kind;

	@Enumerated(EnumType.STRING)
	private Phase fromPhase;

	@Enumerated(EnumType.STRING)
	private Phase toPhase;

	@Enumerated(EnumType.STRING)
	private DoetankStatus toStatus;

	private Instant happenedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "by_member_id")
	private Member byMember;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "gate_review_id")
	private GateReview gateReview;

	protected PhaseTransition() {
	}

	PhaseTransition(Doetank doetank, TransitionKind kind, Phase fromPhase, Instant happenedAt, Member byMember,
			GateReview gateReview) {
		this.doetank = doetank;
		this.kind = kind;
		this.fromPhase = fromPhase;
		this.toPhase = doetank.getPhase();
		this.toStatus = doetank.getStatus();
		this.happenedAt = happenedAt;
		this.byMember = byMember;
		this.gateReview = gateReview;
	}

	/** A step from the network's history, recorded afterwards with its own date. */
	static PhaseTransition historic(Doetank doetank, TransitionKind kind, Phase fromPhase, Phase toPhase,
			DoetankStatus toStatus, Instant happenedAt, Member byMember, GateReview gateReview) {
		PhaseTransition transition = new PhaseTransition(doetank, kind, fromPhase, happenedAt, byMember, gateReview);
		transition.toPhase = toPhase;
		transition.toStatus = toStatus;
		return transition;
	}

	public Long getId() {
		return this.id;
	}

	public TransitionKind getKind() {
		return this.kind;
	}

	public Phase getFromPhase() {
		return this.fromPhase;
	}

	public Phase getToPhase() {
		return this.toPhase;
	}

	public DoetankStatus getToStatus() {
		return this.toStatus;
	}

	public Instant getHappenedAt() {
		return this.happenedAt;
	}

	public GateReview getGateReview() {
		return this.gateReview;
	}

}
