package nl.clubhuis.agenda.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a change moved: the time, the place, or neither. */
class WhenAndWhereTest {

	private static final Instant START = Instant.parse("2030-03-12T18:00:00.123456789Z");

	private static final WhenAndWhere CAFE = new WhenAndWhere(START, START.plus(Duration.ofHours(2)), "Kennisland",
			null);

	@Test
	void theDatabasesMicrosecondsAreTheSameTime() {
		WhenAndWhere stored = new WhenAndWhere(Instant.parse("2030-03-12T18:00:00.123457Z"), CAFE.endsAt(),
				"Kennisland", null);

		assertThat(stored.sameAs(CAFE)).isTrue();
	}

	@Test
	void anotherStartEndOrPlaceIsAChange() {
		WhenAndWhere later = new WhenAndWhere(START.plus(Duration.ofMinutes(30)), CAFE.endsAt(), "Kennisland", null);
		WhenAndWhere longer = new WhenAndWhere(START, CAFE.endsAt().plus(Duration.ofMinutes(30)), "Kennisland", null);
		WhenAndWhere online = new WhenAndWhere(START, CAFE.endsAt(), "Kennisland", "https://meet.example.org/cafe");

		assertThat(later.sameTime(CAFE)).isFalse();
		assertThat(later.samePlace(CAFE)).isTrue();
		assertThat(longer.sameTime(CAFE)).isFalse();
		assertThat(online.sameTime(CAFE)).isTrue();
		assertThat(online.samePlace(CAFE)).isFalse();
		assertThat(online.sameAs(CAFE)).isFalse();
	}

}
