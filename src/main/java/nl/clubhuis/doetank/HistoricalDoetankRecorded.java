package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;

/**
 * A Doetank from the network's history was recorded as it stands, so its route can be
 * written behind it. Published inside the same transaction. {@code coachIds} are its
 * coaches (the first led the route); {@code route} its steps, empty when unknown.
 */
public record HistoricalDoetankRecorded(DoetankRef doetank, LocalDate start, Long coachId, String stopReason,
		String lessons, List<Long> coachIds, String closingResult, List<HistoricalDoetank.Step> route) {

	public HistoricalDoetankRecorded(DoetankRef doetank, LocalDate start, Long coachId, String stopReason,
			String lessons) {
		this(doetank, start, coachId, stopReason, lessons, List.of(coachId), null, List.of());
	}

}
