package nl.clubhuis.route.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.route.ConsentEntry;

import org.springframework.format.annotation.DateTimeFormat;

/** The fields of /doetanks/{slug}/toestemming. */
public class ConsentForm {

	@NotBlank
	private String who;

	@NotBlank
	@Size(max = 300)
	private String experiment;

	/** ISO, as a date field sends it. */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate givenOn;

	ConsentEntry toEntry() {
		return new ConsentEntry(this.who, this.experiment, this.givenOn);
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getExperiment() {
		return this.experiment;
	}

	public void setExperiment(String experiment) {
		this.experiment = experiment;
	}

	public LocalDate getGivenOn() {
		return this.givenOn;
	}

	public void setGivenOn(LocalDate givenOn) {
		this.givenOn = givenOn;
	}

}
