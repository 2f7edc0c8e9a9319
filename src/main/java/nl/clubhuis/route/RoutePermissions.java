package nl.clubhuis.route;

/**
 * What the viewer may do with a Doetank's route, decided once by the route's access rules
 * and handed to the page.
 */
public record RoutePermissions(boolean recordGateReview, boolean requestGateReview, boolean keepRecords,
		boolean recordAgreement, boolean markDiffusietank) {

	public static final RoutePermissions NONE = new RoutePermissions(false, false, false, false, false);

}
