package nl.clubhuis.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.boot.test.context.TestComponent;

/** Events for tests, announced through the service as an organiser would. */
@TestComponent
public class TestEvents {

	private final EventService events;

	/** What each event was announced with, by slug, so a test can change one field. */
	private final Map<String, EventDetails> announced = new ConcurrentHashMap<>();

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
	public EventRef cafe(Integer capacity, MemberPrincipal redacteur) {
		return announce(details(EventType.CAFE, capacity, Instant.now().plus(Duration.ofDays(7))), null, redacteur);
	}

	public EventRef announce(EventDetails details, MemberPrincipal redacteur) {
		return announce(details, null, redacteur);
	}

	/** A meeting of the Doetank {@code doetankSlug}, planned by its trekker. */
	public EventRef meeting(String doetankSlug, MemberPrincipal trekker) {
		return announce(details(EventType.DOETANK, 10, Instant.now().plus(Duration.ofDays(3))), doetankSlug, trekker);
	}

	/** The details an event was announced with here. */
	public EventDetails detailsOf(EventRef event) {
		return this.announced.get(event.slug());
	}

	/** The details an event was announced with, with another capacity. */
	public EventDetails withCapacity(EventRef event, Integer capacity) {
		EventDetails d = detailsOf(event);
		return new EventDetails(d.type(), d.title(), d.description(), d.startsAt(), d.endsAt(), d.location(),
				d.onlineUrl(), capacity, d.registrationOpensAt(), d.registrationClosesAt(), d.podium());
	}

	/** Announces an event of the Doetank {@code hostSlug} (null: of the network). */
	public EventRef announce(EventDetails details, String hostSlug, MemberPrincipal organiser) {
		EventRef event = this.events.announce(details, hostSlug, organiser);
		this.announced.put(event.slug(), details);
		return event;
	}

}
