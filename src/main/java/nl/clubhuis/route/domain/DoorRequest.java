package nl.clubhuis.route.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.clubhuis.route.DoorAnswer;
import nl.clubhuis.route.DoorEntry;
import nl.clubhuis.route.DoorState;

/**
 * A team member asks a supporter to open a door: to whom, why, by when. The supporter
 * answers until the door opened or could not be opened; the asker may withdraw it while
 * it is open. Who may do this is decided by {@link DoorRules} and the service.
 */
@Entity
@Table(name = "door_request")
public class DoorRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	private Long askedById;

	/** Null: the network's supportcomité (the beheerders pass it on). */
	private Long supporterId;

	private String toWhom;

	private String reason;

	private LocalDate wantedBy;

	@Enumerated(EnumType.STRING)
	private DoorState state;

	private String answer;

	private Long answeredById;

	private Instant askedAt;

	private Instant answeredAt;

	protected DoorRequest() {
	}

	public DoorRequest(Long doetankId, DoorEntry entry, Long askedById, Instant now) {
		this.doetankId = doetankId;
		this.askedById = askedById;
		this.supporterId = entry.supporterId();
		this.toWhom = entry.toWhom().strip();
		this.reason = entry.reason().strip();
		this.wantedBy = entry.wantedBy();
		this.state = DoorState.OPEN;
		this.askedAt = now;
	}

	/**
	 * Records the supporter's answer while the request is open; returns false and changes
	 * nothing once it is closed (an answer sent twice, or after the asker withdrew).
	 */
	public boolean answer(DoorAnswer answer, Long byId, Instant now) {
		if (!this.state.isOpen() || !answer.outcome().isAnswer()) {
			return false;
		}
		this.state = answer.outcome();
		this.answer = (answer.line() == null || answer.line().isBlank()) ? null : answer.line().strip();
		this.answeredById = byId;
		this.answeredAt = now;
		return true;
	}

	/** The asker takes it back while it is open; false when it was closed already. */
	public boolean withdraw(Instant now) {
		if (!this.state.isOpen()) {
			return false;
		}
		this.state = DoorState.INGETROKKEN;
		this.answeredAt = now;
		return true;
	}

	public boolean belongsTo(Long doetankId) {
		return this.doetankId.equals(doetankId);
	}

	public boolean isForCommittee() {
		return this.supporterId == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public Long getAskedById() {
		return this.askedById;
	}

	public Long getSupporterId() {
		return this.supporterId;
	}

	public String getToWhom() {
		return this.toWhom;
	}

	public String getReason() {
		return this.reason;
	}

	public LocalDate getWantedBy() {
		return this.wantedBy;
	}

	public DoorState getState() {
		return this.state;
	}

	public String getAnswer() {
		return this.answer;
	}

	public Long getAnsweredById() {
		return this.answeredById;
	}

	public Instant getAskedAt() {
		return this.askedAt;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
