package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;

/**
 * A Doetank from the network's past, as it stands today: for demo data and imports.
 * {@code route} is how it got there, step by step (empty: a plausible route is written);
 * {@code recordEndsOn} is the day its record was last kept, for one whose story ends
 * while it was still active.
 */
public record HistoricalDoetank(String slug, DoetankDetails details, Phase phase, DoetankStatus status,
		LocalDate startDate, String typology, String urgency, String result, String stopReason, String lessons,
		boolean diffusietank, List<TeamMember> team, List<Step> route, LocalDate recordEndsOn) {

	public HistoricalDoetank {
		route = (route != null) ? List.copyOf(route) : List.of();
	}

	public HistoricalDoetank(String slug, DoetankDetails details, Phase phase, DoetankStatus status,
			LocalDate startDate, String typology, String urgency, String result, String stopReason, String lessons,
			boolean diffusietank, List<TeamMember> team) {
		this(slug, details, phase, status, startDate, typology, urgency, result, stopReason, lessons, diffusietank,
				team, List.of(), null);
	}

	public record TeamMember(Long memberId, MembershipRole role) {
	}

	/**
	 * One step of a historical route: on {@code day} the Doetank went to {@code phase}
	 * (the same phase: it stayed) with {@code status}; {@code overleg} says whether a
	 * gatekeepers-overleg decided it, {@code note} is the overleg's reflection or why the
	 * coach moved it without one, {@code agreedActions} what an overleg agreed.
	 */
	public record Step(LocalDate day, Phase phase, DoetankStatus status, String note, boolean overleg,
			String agreedActions) {
	}

}
