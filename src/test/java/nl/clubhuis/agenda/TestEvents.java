package nl.clubhuis.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.boot.test.context.TestComponent;

/** Events for tests, announced through the service as an organiser would. */
@TestComponent
public class TestEvents {

	private final EventService events;

	public TestEvents(EventService events) {
		this.events = events;
	}

	public static EventDetails details(EventType type, Integer capacity, Instant startsAt) {
		return new EventDetails(type, "Café " + UUID.randomUUID().toString().substring(0, 8),
				"We werken aan **vraagstukken**.", startsAt, startsAt.plus(Duration.ofHours(2)),
				"Kennisland, Amsterdam", null, capacity, null, null, List.of());
	}

	/**
	 * A Café next week with {@code capacity} places (null: no limit), open for
	 * registration.
	 */
	public Event cafe(Integer capacity, MemberPrincipal redacteur) {
		return this.events.announce(details(EventType.CAFE, capacity, Instant.now().plus(Duration.ofDays(7))), null,
				redacteur);
	}

	public Event announce(EventDetails details, MemberPrincipal redacteur) {
		return this.events.announce(details, null, redacteur);
	}

	/** A meeting of the Doetank {@code doetankSlug}, planned by its trekker. */
	public Event meeting(String doetankSlug, MemberPrincipal trekker) {
		return this.events.announce(details(EventType.DOETANK, 10, Instant.now().plus(Duration.ofDays(3))), doetankSlug,
				trekker);
	}

}
