package nl.clubhuis.doetank;

import java.time.LocalDate;
import java.util.List;

/** A Doetank from the network's past, as it stands today: for demo data and imports. */
public record HistoricalDoetank(String slug, DoetankDetails details, Phase phase, DoetankStatus status,
		LocalDate startDate, String typology, String urgency, String result, String stopReason, String lessons,
		boolean diffusietank, List<TeamMember> team) {

	public record TeamMember(Long memberId, MembershipRole role) {
	}

}
