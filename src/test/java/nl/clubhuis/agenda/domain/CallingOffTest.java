package nl.clubhuis.agenda.domain;

import org.junit.jupiter.api.Test;

import static nl.clubhuis.agenda.domain.TestEventsInMemory.NOW;
import static nl.clubhuis.agenda.domain.TestEventsInMemory.cafe;
import static nl.clubhuis.agenda.domain.TestEventsInMemory.queue;
import static org.assertj.core.api.Assertions.assertThat;

/** A called-off event stays in the agenda, takes no registrations and moves nobody up. */
class CallingOffTest {

	@Test
	void aCalledOffEventClosesRegistrationAndKeepsTheReason() {
		Event cafe = cafe(10);
		assertThat(cafe.windowAt(NOW)).isEqualTo(RegistrationWindow.OPEN);

		assertThat(cafe.callOff("De spreker is ziek", NOW)).isTrue();

		assertThat(cafe.isCancelled()).isTrue();
		assertThat(cafe.getCancelReason()).isEqualTo("De spreker is ziek");
		assertThat(cafe.windowAt(NOW)).isEqualTo(RegistrationWindow.CANCELLED);
	}

	@Test
	void calledOffTwiceTellsThePeopleOnce() {
		Event cafe = cafe(10);
		cafe.callOff("Eerste reden", NOW);

		assertThat(cafe.callOff("Tweede reden", NOW)).as("nothing new to tell").isFalse();
		assertThat(cafe.getCancelReason()).isEqualTo("Eerste reden");
	}

	@Test
	void aFreedPlaceAtACalledOffEventGoesToNobody() {
		Event cafe = cafe(2);
		cafe.callOff(null, NOW);

		assertThat(cafe.freePlaces(0)).isEqualTo(FreePlaces.NONE);
		assertThat(cafe.freePlaces(0).moveUp(queue(cafe, 3), NOW)).isEmpty();
		assertThat(cafe(null).freePlaces(0).any()).as("not called off, no limit").isTrue();
	}

	@Test
	void goingAheadAfterAllOpensRegistrationAgainOnce() {
		Event cafe = cafe(10);
		assertThat(cafe.resume(NOW)).as("not called off: nothing to tell").isFalse();
		cafe.callOff("Vergissing", NOW);

		assertThat(cafe.resume(NOW)).isTrue();
		assertThat(cafe.isCancelled()).isFalse();
		assertThat(cafe.getCancelReason()).isNull();
		assertThat(cafe.windowAt(NOW)).isEqualTo(RegistrationWindow.OPEN);
		assertThat(cafe.resume(NOW)).as("a second click").isFalse();
	}

}
