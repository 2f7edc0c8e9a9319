package nl.clubhuis.agenda;

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

/** A member's registration for an event: confirmed, waiting, or cancelled. */
@Entity
@Table(name = "event_registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "member_id")
	private Member member;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private String note;

	private Instant registeredAt;

	private Instant confirmedAt;

	private Instant cancelledAt;

	private boolean promotionUnseen;

	protected Registration() {
	}

	Registration(Event event, Member member, String note, boolean placeFree, Instant now) {
		this.event = event;
		this.member = member;
		this.note = note;
		this.registeredAt = now;
		this.status = placeFree ? RegistrationStatus.BEVESTIGD : RegistrationStatus.WACHTLIJST;
		this.confirmedAt = placeFree ? now : null;
	}

	/** From the waiting list to a place; the member is told on their next visit. */
	void promote(Instant now) {
		this.status = RegistrationStatus.BEVESTIGD;
		this.confirmedAt = now;
		this.promotionUnseen = true;
	}

	void cancel(Instant now) {
		this.status = RegistrationStatus.GEANNULEERD;
		this.cancelledAt = now;
		this.promotionUnseen = false;
	}

	public boolean isConfirmed() {
		return this.status == RegistrationStatus.BEVESTIGD;
	}

	public boolean isWaiting() {
		return this.status == RegistrationStatus.WACHTLIJST;
	}

	public Long getId() {
		return this.id;
	}

	public Event getEvent() {
		return this.event;
	}

	public Member getMember() {
		return this.member;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public boolean isPromotionUnseen() {
		return this.promotionUnseen;
	}

}
