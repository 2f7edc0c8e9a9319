package nl.clubhuis.demo;

import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;

/** How the network's record translates to the portal's phases and statuses. */
final class SeedMapping {

	private SeedMapping() {
	}

	/**
	 * The furthest phase reached (0..5) is the current phase; unknown means the start of
	 * the route.
	 */
	static Phase phase(Integer furthestPhase) {
		if (furthestPhase == null || furthestPhase < 0 || furthestPhase >= Phase.count()) {
			return Phase.INITIEREN;
		}
		return Phase.values()[furthestPhase];
	}

	/**
	 * stopped → gestopt; completed → afgerond only when the route reached verbreden, else
	 * afgesloten (it delivered its result and closed earlier); scaling → actief (still
	 * spreading when the record ends); anything else → actief.
	 */
	static DoetankStatus status(String seedStatus, Phase reached) {
		if (seedStatus == null) {
			return DoetankStatus.ACTIEF;
		}
		return switch (seedStatus) {
			case "completed" -> reached.isLast() ? DoetankStatus.AFGEROND : DoetankStatus.AFGESLOTEN;
			case "stopped" -> DoetankStatus.GESTOPT;
			default -> DoetankStatus.ACTIEF;
		};
	}

	/** "MO" and "OB" become "MO · OB". */
	static String typology(List<String> typeCodes) {
		return (typeCodes == null || typeCodes.isEmpty()) ? null : String.join(" · ", typeCodes);
	}

}
