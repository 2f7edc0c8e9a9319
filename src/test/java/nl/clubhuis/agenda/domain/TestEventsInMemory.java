package nl.clubhuis.agenda.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventType;

/** Events and registrations built in memory, for the rules' unit tests. */
final class TestEventsInMemory {

	static final Instant NOW = Instant.parse("2030-03-05T12:00:00Z");

	private TestEventsInMemory() {
	}

	/** A Café a week from {@link #NOW} with this capacity (null: no limit). */
	static Event cafe(Integer capacity) {
		Event event = new Event("cafe", null, 1L, NOW);
		Instant starts = NOW.plus(Duration.ofDays(7));
		event.describe(new EventDetails(EventType.CAFE, "Café", "Over vraagstukken", starts,
				starts.plus(Duration.ofHours(2)), "Kennisland", null, capacity, null, null, List.of()), NOW);
		return event;
	}

	/**
	 * {@code howMany} people on the waiting list of this event, in the order they came.
	 */
	static List<Registration> queue(Event event, int howMany) {
		return IntStream.range(0, howMany)
			.mapToObj((i) -> new Registration(event, 100L + i, null, FreePlaces.NONE, NOW))
			.toList();
	}

}
