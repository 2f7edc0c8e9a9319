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
	 * active → actief, completed/scaling → afgerond, stopped → gestopt; anything else →
	 * actief.
	 */
	static DoetankStatus status(String seedStatus) {
		if (seedStatus == null) {
			return DoetankStatus.ACTIEF;
		}
		return switch (seedStatus) {
			case "completed", "scaling" -> DoetankStatus.AFGEROND;
			case "stopped" -> DoetankStatus.GESTOPT;
			default -> DoetankStatus.ACTIEF;
		};
	}

	/** "MO" and "OB" become "MO · OB". */
	static String typology(List<String> typeCodes) {
		return (typeCodes == null || typeCodes.isEmpty()) ? null : String.join(" · ", typeCodes);
	}

}
