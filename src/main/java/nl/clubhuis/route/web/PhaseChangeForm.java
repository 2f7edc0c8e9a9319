package nl.clubhuis.route.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.PhaseChange;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The fields of /doetanks/{slug}/overgang; {@code from} is the phase the form was opened
 * in, carried along so a second submit moves nothing.
 */
public class PhaseChangeForm {

	private Phase from;

	@NotNull
	private Phase to;

	@NotBlank
	@Size(max = 2000)
	private String reason;

	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate movedOn;

	/** A day before the phase began is explained next to the date. */
	void checkAgainst(LocalDate phaseStartedOn, Errors errors) {
		if (this.movedOn != null && phaseStartedOn != null && this.movedOn.isBefore(phaseStartedOn)) {
			errors.rejectValue("movedOn", "gate.overgang.rule.beforePhase");
		}
	}

	PhaseChange toChange() {
		return new PhaseChange(this.from, this.to, this.reason, this.movedOn);
	}

	public Phase getFrom() {
		return this.from;
	}

	public void setFrom(Phase from) {
		this.from = from;
	}

	public Phase getTo() {
		return this.to;
	}

	public void setTo(Phase to) {
		this.to = to;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getMovedOn() {
		return this.movedOn;
	}

	public void setMovedOn(LocalDate movedOn) {
		this.movedOn = movedOn;
	}

}
