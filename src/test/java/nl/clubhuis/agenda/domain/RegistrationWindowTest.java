package nl.clubhuis.agenda.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static nl.clubhuis.agenda.domain.RegistrationWindow.CANCELLED;
import static nl.clubhuis.agenda.domain.RegistrationWindow.CLOSED;
import static nl.clubhuis.agenda.domain.RegistrationWindow.NOT_YET_OPEN;
import static nl.clubhuis.agenda.domain.RegistrationWindow.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

/** When registering is possible: from the opening until the closing or the start. */
class RegistrationWindowTest {

	static final Instant START = Instant.parse("2030-03-12T18:00:00Z");

	static final Instant HOUR_BEFORE = START.minus(Duration.ofHours(1));

	static final Instant WEEK_BEFORE = START.minus(Duration.ofDays(7));

	@Test
	void withoutDatesItIsOpenUntilTheStart() {
		assertThat(RegistrationWindow.at(WEEK_BEFORE, null, null, START, false)).isEqualTo(OPEN);
		assertThat(RegistrationWindow.at(START.minusSeconds(1), null, null, START, false)).isEqualTo(OPEN);
		assertThat(RegistrationWindow.at(START, null, null, START, false)).isEqualTo(CLOSED);
		assertThat(RegistrationWindow.at(START.plus(Duration.ofDays(1)), null, null, START, false)).isEqualTo(CLOSED);
	}

	@Test
	void itOpensAtTheOpeningDate() {
		Instant opens = START.minus(Duration.ofDays(2));
		assertThat(RegistrationWindow.at(WEEK_BEFORE, opens, null, START, false)).isEqualTo(NOT_YET_OPEN);
		assertThat(RegistrationWindow.at(opens, opens, null, START, false)).isEqualTo(OPEN);
	}

	@Test
	void itClosesAtTheClosingDateOrTheStartWhicheverComesFirst() {
		assertThat(RegistrationWindow.at(HOUR_BEFORE, null, HOUR_BEFORE, START, false)).isEqualTo(CLOSED);
		assertThat(RegistrationWindow.at(HOUR_BEFORE.minusSeconds(1), null, HOUR_BEFORE, START, false)).isEqualTo(OPEN);
		Instant afterTheStart = START.plus(Duration.ofHours(1));
		assertThat(RegistrationWindow.at(START, null, afterTheStart, START, false))
			.as("a closing date after the start does not keep it open")
			.isEqualTo(CLOSED);
	}

	@Test
	void aCalledOffEventTakesNoRegistrationsWhateverTheDates() {
		assertThat(RegistrationWindow.at(WEEK_BEFORE, null, null, START, true)).isEqualTo(CANCELLED);
		assertThat(RegistrationWindow.at(START.plusSeconds(1), null, null, START, true)).isEqualTo(CANCELLED);
	}

}
