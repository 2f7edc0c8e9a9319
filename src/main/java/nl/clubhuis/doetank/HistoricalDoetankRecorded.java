package nl.clubhuis.doetank;

import java.time.LocalDate;

/**
 * A Doetank from the network's history was recorded as it stands, so its route can be
 * written behind it. Published inside the same transaction.
 */
public record HistoricalDoetankRecorded(DoetankRef doetank, LocalDate start, Long coachId, String stopReason,
		String lessons) {

}
