package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.List;

import nl.clubhuis.doetank.Doetank;

/** What an organiser says about an event, checked by the form. */
public record EventDetails(EventType type, String title, String description, Instant startsAt, Instant endsAt,
		String location, String onlineUrl, Integer capacity, Instant registrationOpensAt, Instant registrationClosesAt,
		List<Doetank> podium) {
}
