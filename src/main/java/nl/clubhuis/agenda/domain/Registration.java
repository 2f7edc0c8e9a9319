package nl.clubhuis.agenda.domain;

import java.time.Instant;

import jakarta.persistence.Column;
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
import nl.clubhuis.agenda.RegistrationStatus;

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

	@Column(name = "member_id")
	private Long memberId;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private String note;

	private Instant registeredAt;

	private Instant confirmedAt;

	private Instant cancelledAt;

	protected Registration() {
	}

	/** A place when one is free, otherwise a place at the back of the waiting list. */
	public Registration(Event event, Long memberId, String note, FreePlaces free, Instant now) {
		this.event = event;
		this.memberId = memberId;
		this.note = note;
		this.registeredAt = now;
		this.status = free.any() ? RegistrationStatus.BEVESTIGD : RegistrationStatus.WACHTLIJST;
		this.confirmedAt = free.any() ? now : null;
	}

	/**
	 * From the waiting list to a place; the member hears it as a notification
	 * ({@link nl.clubhuis.agenda.PlaceOffered}).
	 */
	void promote(Instant now) {
		if (!isWaiting()) {
			throw new IllegalStateException("only who waits moves up, not " + this.status);
		}
		this.status = RegistrationStatus.BEVESTIGD;
		this.confirmedAt = now;
	}

	/**
	 * From a place back to the waiting list, when the event gets fewer places than people
	 * coming.
	 */
	void demote(Instant now) {
		if (!isConfirmed()) {
			throw new IllegalStateException("only who has a place moves back, not " + this.status);
		}
		this.status = RegistrationStatus.WACHTLIJST;
		this.confirmedAt = null;
	}

	/** Gives up the place or the place in the queue; returns whether it was a place. */
	public boolean cancel(Instant now) {
		if (this.status == RegistrationStatus.GEANNULEERD) {
			throw new IllegalStateException("already cancelled");
		}
		boolean hadPlace = isConfirmed();
		this.status = RegistrationStatus.GEANNULEERD;
		this.cancelledAt = now;
		return hadPlace;
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

	public Long getMemberId() {
		return this.memberId;
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

}
