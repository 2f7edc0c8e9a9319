package nl.clubhuis.route.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.clubhuis.route.Eindgebruiker;

/**
 * An eindgebruiker's consent to an experiment of a Doetank: a member of its team, or a
 * person without an account whose name is kept with the consent.
 */
@Entity
@Table(name = "eindgebruiker_consent")
public class EindgebruikerConsent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	private Long memberId;

	private Long guestId;

	private String guestName;

	private String experiment;

	private LocalDate givenOn;

	private Long recordedById;

	private Instant recordedAt;

	protected EindgebruikerConsent() {
	}

	public EindgebruikerConsent(Long doetankId, Eindgebruiker who, String experiment, LocalDate givenOn,
			Long recordedById, Instant now) {
		this.doetankId = doetankId;
		this.memberId = who.memberId();
		this.guestId = who.guestId();
		this.guestName = (who.memberId() == null) ? who.name() : null;
		this.experiment = experiment;
		this.givenOn = givenOn;
		this.recordedById = recordedById;
		this.recordedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public String getGuestName() {
		return this.guestName;
	}

	public String getExperiment() {
		return this.experiment;
	}

	public LocalDate getGivenOn() {
		return this.givenOn;
	}

}
