package nl.clubhuis.route.domain;

import java.time.LocalDate;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.OpdrachtgeverPermissions;

/**
 * The roles that act at the end of the route (method, "Roles per phase"): the
 * opdrachtgever gives a testimonial and evaluates the result once there is one; the
 * eindgebruiker consents to an experiment while the Doetank experiments.
 */
public final class OpdrachtgeverRules {

	private OpdrachtgeverRules() {
	}

	/** Only an opdrachtgever of this very Doetank writes its testimonial. */
	public static boolean mayWriteTestimonial(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isOpdrachtgever).isPresent();
	}

	/**
	 * There is a result to judge once the Doetank evaluates (or broadens), or when its
	 * route was completed.
	 */
	public static boolean hasResultToJudge(DoetankRef doetank) {
		if (doetank.status() == DoetankStatus.AFGEROND) {
			return true;
		}
		return doetank.isActive() && doetank.phase() != null && !doetank.phase().isBefore(Phase.EVALUEREN);
	}

	/**
	 * The team's trekker or coach records an eindgebruiker's consent, an eindgebruiker
	 * their own; a beheerder may step in.
	 */
	public static boolean mayRecordConsent(TeamRoles team, Viewer viewer) {
		return viewer.memberId()
			.filter((id) -> team.isTrekker(id) || team.isCoach(id) || team.isEindgebruiker(id))
			.isPresent() || viewer.isBeheerder();
	}

	/** Whether this person records consents for the whole team, or only their own. */
	public static boolean recordsForTheTeam(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter((id) -> team.isTrekker(id) || team.isCoach(id)).isPresent()
				|| viewer.isBeheerder();
	}

	/** Consent is asked for an experiment: only while an active Doetank experiments. */
	public static boolean consentOpen(DoetankRef doetank) {
		return doetank.isActive() && doetank.phase() == Phase.EXPERIMENTEREN;
	}

	/**
	 * Consents name citizens who agreed to take part, some without an account: the team
	 * (its coaches included) and a beheerder see who; everyone else sees how many.
	 */
	public static boolean seesConsents(TeamRoles team, Viewer viewer) {
		return viewer.memberId().filter(team::isMember).isPresent() || viewer.isBeheerder();
	}

	/** A consent was given: today or earlier, never in the future. */
	public static boolean isGivenBy(LocalDate givenOn, LocalDate today) {
		return givenOn == null || !givenOn.isAfter(today);
	}

	public static OpdrachtgeverPermissions permissions(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return new OpdrachtgeverPermissions(hasResultToJudge(doetank) && mayWriteTestimonial(team, viewer),
				viewer.isBeheerder(), consentOpen(doetank) && mayRecordConsent(team, viewer),
				seesConsents(team, viewer));
	}

}
