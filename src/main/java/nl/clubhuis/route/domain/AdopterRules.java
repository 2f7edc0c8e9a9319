package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.AdopterEntry;

/**
 * Who records, corrects and removes the adopters of a Doetank, and when a Doetank can
 * have them. Diffusion comes at the end of the route: only a Doetank that spreads its
 * result (ACTIEF in VERBREDEN) or finished its route (AFGEROND) is taken up elsewhere.
 */
public final class AdopterRules {

	private AdopterRules() {
	}

	/** Others may report that they took it up: in VERBREDEN, or when finished. */
	public static boolean isAdoptable(DoetankRef doetank) {
		return doetank.status() == DoetankStatus.AFGEROND
				|| (doetank.status() == DoetankStatus.ACTIEF && doetank.phase() == Phase.VERBREDEN);
	}

	/**
	 * Whether the page needs to look for adopters at all: those of a Doetank that reached
	 * VERBREDEN stay when it finishes or stops there.
	 */
	public static boolean mayHaveAdopters(DoetankRef doetank) {
		return doetank.isPublic() && (doetank.phase() == Phase.VERBREDEN || isAdoptable(doetank));
	}

	/**
	 * Any logged-in member records an adopter (for their own organisation, usually); the
	 * team and the coaches are members too.
	 */
	public static boolean mayRecord(DoetankRef doetank, Viewer viewer) {
		return viewer.isLoggedIn() && isAdoptable(doetank);
	}

	/** Only the one who recorded it corrects it. */
	public static boolean mayChange(Long recordedById, Viewer viewer) {
		return viewer.is(recordedById);
	}

	/** A trekker of the Doetank removes a wrong one; a beheerder may step in. */
	public static boolean mayRemove(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isTrekker).isPresent() || viewer.isBeheerder();
	}

	/**
	 * What is wrong with an entry, as field → message key: a day after today (it was
	 * taken up already), or no contact (neither a name nor "that is me").
	 */
	public static Map<String, String> problemsWith(AdopterEntry entry, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (entry.since() != null && entry.since().isAfter(today)) {
			problems.put("since", "adopter.rule.inFuture");
		}
		if (!entry.contactIsMe() && (entry.contactName() == null || entry.contactName().isBlank())) {
			problems.put("contactName", "adopter.rule.noContact");
		}
		return problems;
	}

}
