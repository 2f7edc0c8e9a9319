package nl.clubhuis.yearreport.domain;

import nl.clubhuis.agenda.EventsHeld;
import nl.clubhuis.route.YearFigures;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.toolkit.WerkvormYears;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles the yearly report: the route's numbers, the meetings held and the werkvormen
 * used, each through its module's API in a fixed number of statements.
 */
@Service
public class YearReports {

	/** The network's first Doetanks started in 2010; a report before 1990 is a typo. */
	static final int FIRST_YEAR = 1990;

	/** How many werkvormen the report names. */
	static final int WERKVORMEN = 5;

	private final YearFigures routes;

	private final EventsHeld events;

	private final WerkvormYears werkvormen;

	private final Clock clock;

	YearReports(YearFigures routes, EventsHeld events, WerkvormYears werkvormen, Clock clock) {
		this.routes = routes;
		this.events = events;
		this.werkvormen = werkvormen;
		this.clock = clock;
	}

	/** The report of a year in which Doetanks took steps; empty for any other year. */
	@Transactional(readOnly = true)
	public Optional<YearReport> of(int year) {
		int thisYear = LocalDate.now(this.clock.withZone(AmsterdamTime.ZONE)).getYear();
		if (year < FIRST_YEAR || year > thisYear) {
			return Optional.empty();
		}
		return this.routes.of(year).map((route) -> {
			List<Integer> years = this.routes.yearsWithData();
			Integer previous = years.stream().filter((y) -> y < year).findFirst().orElse(null);
			Integer next = years.stream().filter((y) -> y > year && y <= thisYear).reduce((a, b) -> b).orElse(null);
			return new YearReport(year, route, this.events.perYear(year - 1, year),
					this.werkvormen.mostUsed(year, WERKVORMEN), previous, next);
		});
	}

}
