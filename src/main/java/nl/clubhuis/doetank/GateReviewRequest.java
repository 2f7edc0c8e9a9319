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

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "requested_by_id")
	private Member requestedBy;

	private Instant requestedAt;

	private Instant answeredAt;

	protected GateReviewRequest() {
	}

	GateReviewRequest(Doetank doetank, String note, Member requestedBy, Instant requestedAt) {
		this.doetank = doetank;
		this.phase = doetank.getPhase();
		this.note = Texts.stripToNull(note);
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void answer(Instant now) {
		this.answeredAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Doetank getDoetank() {
		return this.doetank;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public String getNote() {
		return this.note;
	}

	public Member getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

}
