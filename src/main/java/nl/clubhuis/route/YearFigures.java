package nl.clubhuis.route;

import nl.clubhuis.doetank.Phase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of one calendar year (in the network's zone), for the yearly report: each
 * method is a fixed number of statements, however many Doetanks there are.
 */
public interface YearFigures {

	/** The years in which any Doetank took a step on its route, latest first. */
	List<Integer> yearsWithData();

	/**
	 * The year's numbers beside the year before's, with the Doetanks that stopped in
	 * either; empty when no Doetank took a step that year.
	 */
	Optional<RouteYear> of(int year);

	/** What the routes did in a year, and the year before. */
	record RouteYear(int year, Numbers numbers, Numbers before, List<Stop> stops, List<Stop> stopsBefore) {
	}

	/**
	 * One year's numbers: Doetanks brought in (proposed or, for those from the network's
	 * history, taken in), accepted at intake, moved on to a next phase (by an overleg or
	 * a coach), sent back to an earlier one (to re-scope, or by a coach), stopped, and
	 * finished (route completed or closed with a result); the active Doetanks per phase
	 * at the year's end; the median length of the stays in a phase that ended that year.
	 */
	record Numbers(long broughtIn, long accepted, long movedOn, long reformulated, long stopped, long finished,
			Map<Phase, Long> activeAtEnd, Map<Phase, Median> medians) {

		public long activeAtEnd(Phase phase) {
			return this.activeAtEnd.getOrDefault(phase, 0L);
		}

		public long totalActiveAtEnd() {
			return this.activeAtEnd.values().stream().mapToLong(Long::longValue).sum();
		}

		public Median median(Phase phase) {
			return this.medians.get(phase);
		}

	}

	/** The median days of {@code stays} stays in a phase. */
	record Median(long days, long stays) {
	}

	/**
	 * A Doetank that stopped, on {@code day}, in {@code phase}, with its stop reason and
	 * lessons as the Doetank shows them.
	 */
	record Stop(String slug, String title, Phase phase, LocalDate day, String reason, String lessons) {
	}

}
