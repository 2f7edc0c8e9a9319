package nl.clubhuis.route;

import java.time.LocalDate;

/**
 * An eindgebruiker's consent to an experiment: who (one of {@link Eindgebruiker#key()}),
 * for which experiment, and on which day.
 */
public record ConsentEntry(String who, String experiment, LocalDate givenOn) {

	public ConsentEntry {
		experiment = (experiment != null) ? experiment.strip() : null;
	}

}
