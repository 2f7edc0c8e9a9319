package nl.clubhuis.route.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A gatekeepers-overleg is an intervision among coaches: at least {@code minimum} of them
 * take part, the one who records it included (a setting the network changes on
 * /beheer/instellingen, {@link nl.clubhuis.route.RouteSetting}).
 */
public record CoachQuorum(int minimum) {

	/**
	 * Who was present: the recorder and those ticked who are coaches of the network;
	 * anyone else is ignored.
	 */
	public static Set<Long> present(Long recorderId, Collection<Long> ticked, Collection<Long> networkCoaches) {
		Set<Long> present = new LinkedHashSet<>();
		present.add(recorderId);
		if (ticked != null) {
			ticked.stream().filter(networkCoaches::contains).forEach(present::add);
		}
		return present;
	}

	public boolean isMetBy(Set<Long> present) {
		return present.size() >= this.minimum;
	}

}
