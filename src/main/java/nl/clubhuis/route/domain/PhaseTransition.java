package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;

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

/**
 * One step in a Doetank's route; appended, never changed (the database refuses updates).
 */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	@Enumerated(EnumType.STRING)
	private TransitionKind kind;

	@Enumerated(EnumType.STRING)
	private Phase fromPhase;

	@Enumerated(EnumType.STRING)
	private Phase toPhase;

	@Enumerated(EnumType.STRING)
	private DoetankStatus toStatus;

	private Instant happenedAt;

	private Long byMemberId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "gate_review_id")
	private GateReview gateReview;

	/** Why a coach moved the Doetank without an overleg; only for OVERGANG. */
	private String reason;

	protected PhaseTransition() {
	}

	/** {@code after}: the Doetank as the step left it. */
	public PhaseTransition(DoetankRef after, TransitionKind kind, Phase fromPhase, Instant happenedAt, Long byMemberId,
			GateReview gateReview) {
		this(after.id(), kind, fromPhase, after.phase(), after.status(), happenedAt, byMemberId, gateReview);
	}

	private PhaseTransition(Long doetankId, TransitionKind kind, Phase fromPhase, Phase toPhase, DoetankStatus toStatus,
			Instant happenedAt, Long byMemberId, GateReview gateReview) {
		this.doetankId = doetankId;
		this.kind = kind;
		this.fromPhase = fromPhase;
		this.toPhase = toPhase;
		this.toStatus = toStatus;
		this.happenedAt = happenedAt;
		this.byMemberId = byMemberId;
		this.gateReview = gateReview;
	}

	/**
	 * A coach moved the Doetank one phase without a gatekeepers-overleg; {@code after} is
	 * the Doetank as the move left it.
	 */
	public static PhaseTransition withoutReview(DoetankRef after, Phase fromPhase, Instant happenedAt, Long byMemberId,
			String reason) {
		PhaseTransition transition = new PhaseTransition(after.id(), TransitionKind.OVERGANG, fromPhase, after.phase(),
				after.status(), happenedAt, byMemberId, null);
		transition.reason = reason;
		return transition;
	}

	/** A move without an overleg from the network's history, with its own date. */
	public static PhaseTransition historicWithoutReview(Long doetankId, Phase fromPhase, Phase toPhase,
			Instant happenedAt, Long byMemberId, String reason) {
		PhaseTransition transition = new PhaseTransition(doetankId, TransitionKind.OVERGANG, fromPhase, toPhase,
				DoetankStatus.ACTIEF, happenedAt, byMemberId, null);
		transition.reason = reason;
		return transition;
	}

	/** A step from the network's history, recorded afterwards with its own date. */
	public static PhaseTransition historic(Long doetankId, TransitionKind kind, Phase fromPhase, Phase toPhase,
			DoetankStatus toStatus, Instant happenedAt, Long byMemberId, GateReview gateReview) {
		return new PhaseTransition(doetankId, kind, fromPhase, toPhase, toStatus, happenedAt, byMemberId, gateReview);
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

	public Long getByMemberId() {
		return this.byMemberId;
	}

	public String getReason() {
		return this.reason;
	}

}
