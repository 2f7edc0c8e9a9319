package nl.clubhuis.yearreport.domain;

import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.EventsHeld.Held;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.YearFigures.RouteYear;
import nl.clubhuis.route.YearFigures.Stop;
import nl.clubhuis.toolkit.WerkvormYears.Use;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One year of the network beside the year before, as /cijfers/{jaar} shows it;
 * {@code previousYear} and {@code nextYear} are the nearest years with a report, or null.
 */
public record YearReport(int year, RouteYear route, List<Held> held, List<Use> werkvormen, Integer previousYear,
		Integer nextYear) {

	public int before() {
		return this.year - 1;
	}

	public List<Phase> phases() {
		return List.of(Phase.values());
	}

	public List<StopGroup> stopGroups() {
		return List.of(StopGroup.values());
	}

	/**
	 * How many of the year's (or, {@code before}, the year before's) stops fall in each
	 * group.
	 */
	public Map<StopGroup, Long> stopsPerGroup(boolean before) {
		Map<StopGroup, Long> groups = new EnumMap<>(StopGroup.class);
		List<Stop> stops = before ? this.route.stopsBefore() : this.route.stops();
		stops.forEach((stop) -> groups.merge(StopGroup.of(stop.reason()), 1L, Long::sum));
		return groups;
	}

	/** The network's formats that met in either year, in the agenda's order. */
	public List<EventType> eventTypes() {
		List<EventType> types = new ArrayList<>();
		for (EventType type : EventType.NETWORK) {
			if (this.held.stream().anyMatch((h) -> h.type() == type)) {
				types.add(type);
			}
		}
		return types;
	}

	public Held held(EventType type, boolean before) {
		int y = before ? before() : this.year;
		return this.held.stream()
			.filter((h) -> h.type() == type && h.year() == y)
			.findFirst()
			.orElse(new Held(y, type, 0, 0));
	}

	public long eventsHeld(boolean before) {
		int y = before ? before() : this.year;
		return this.held.stream().filter((h) -> h.year() == y).mapToLong(Held::events).sum();
	}

	public long registrations(boolean before) {
		int y = before ? before() : this.year;
		return this.held.stream().filter((h) -> h.year() == y).mapToLong(Held::registrations).sum();
	}

}
