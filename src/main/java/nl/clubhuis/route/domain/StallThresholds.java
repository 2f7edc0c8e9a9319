package nl.clubhuis.route.domain;

import nl.clubhuis.route.RouteSetting;

/**
 * The rule of "Doetanks die stilvallen": what stay in a phase is usual, and from when a
 * Doetank without activity counts as quiet. The numbers are the network's settings
 * ({@link RouteSetting}, /beheer/instellingen).
 */
public record StallThresholds(double percentile, int minimumStays, int defaultStayMonths, int inactiveMonths) {

	/** An average month, for turning days into the months people speak of. */
	static final double DAYS_PER_MONTH = 365.25 / 12;

	public static StallThresholds of(RouteSetting settings) {
		return new StallThresholds(settings.percentile(), settings.minimumStays(), settings.defaultStayMonths(),
				settings.inactiveMonths());
	}

	/**
	 * The usual number of days in a phase: the network's {@link #percentile} of its
	 * finished stays there ({@code percentileDays}, null when there are none), once there
	 * are at least {@link #minimumStays} of them; before that the default.
	 */
	public long usualDays(Double percentileDays, long finishedStays) {
		if (percentileDays == null || finishedStays < this.minimumStays) {
			return Math.round(this.defaultStayMonths * DAYS_PER_MONTH);
		}
		return Math.round(percentileDays);
	}

	/** Days as the whole months a coach would say ("8 maanden"). */
	public static long months(long days) {
		return Math.round(days / DAYS_PER_MONTH);
	}

}
