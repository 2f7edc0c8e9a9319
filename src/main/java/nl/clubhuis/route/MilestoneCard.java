package nl.clubhuis.route;

import java.time.LocalDate;

import nl.clubhuis.doetank.DoetankRef;

/** A milestone as a list of recent activity shows it: with the Doetank it belongs to. */
public record MilestoneCard(Long id, DoetankRef doetank, LocalDate happenedOn, String title, String line) {

	/** Where it stands in the Doetank's timeline. */
	public String path() {
		return this.doetank.path() + "#mijlpaal-" + this.id;
	}

}
