package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
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
import nl.clubhuis.shared.Texts;

/**
 * A trekker's "klaar voor het gatekeepers-overleg?", open until a coach records the
 * review.
 */
@Entity
@Table(name = "gate_review_request")
public class GateReviewRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private String note;

	private Long requestedById;

	private Instant requestedAt;

	private Instant answeredAt;

	protected GateReviewRequest() {
	}

	public GateReviewRequest(DoetankRef doetank, String note, Long requestedById, Instant requestedAt) {
		this.doetankId = doetank.id();
		this.phase = doetank.phase();
		this.note = Texts.stripToNull(note);
		this.requestedById = requestedById;
		this.requestedAt = requestedAt;
	}

	public void answer(Instant now) {
		this.answeredAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public String getNote() {
		return this.note;
	}

	public Long getRequestedById() {
		return this.requestedById;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

}
