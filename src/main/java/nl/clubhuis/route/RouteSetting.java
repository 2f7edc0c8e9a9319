package nl.clubhuis.route;

/**
 * The route's settings as the network keeps them (/beheer/instellingen).
 *
 * @param coachesAtOverleg how many coaches at least hold a gatekeepers-overleg (an
 * intervision among coaches), the one who records it included (1–5)
 * @param percentile which part of the network's finished stays in a phase were at most
 * "usual" (0.50–0.95; 0.75: longer than three in four stays)
 * @param minimumStays below this many finished stays in a phase the network knows too
 * little, and {@code defaultStayMonths} is what is usual (1–50)
 * @param defaultStayMonths the usual stay in a phase without enough history (1–24)
 * @param inactiveMonths no activity for this long also puts a Doetank on the stall list
 * (1–24)
 * @param version for saving: a change made meanwhile is not overwritten
 */
public record RouteSetting(int coachesAtOverleg, double percentile, int minimumStays, int defaultStayMonths,
		int inactiveMonths, long version) {

}
