package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.List;

/**
 * What an organiser says about an event, checked by the form. {@code podium}: the ids of
 * the Doetanks presenting.
 */
public record EventDetails(EventType type, String title, String description, Instant startsAt, Instant endsAt,
		String location, String onlineUrl, Integer capacity, Instant registrationOpensAt, Instant registrationClosesAt,
		List<Long> podium) {

	public EventDetails {
		podium = (podium != null) ? List.copyOf(podium) : List.of();
	}

}
