package nl.clubhuis.agenda.domain;

import java.util.List;

import nl.clubhuis.agenda.RegistrationStatus;
import org.junit.jupiter.api.Test;

import static nl.clubhuis.agenda.domain.TestEventsInMemory.NOW;
import static nl.clubhuis.agenda.domain.TestEventsInMemory.cafe;
import static nl.clubhuis.agenda.domain.TestEventsInMemory.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who gets a place, who waits and who moves up (domain rule 7), without a database: the
 * row lock that makes it hold under concurrency is ConcurrentRegistrationTest's.
 */
class WaitingListRulesTest {

	@Test
	void aRegistrationGetsAPlaceWhileThereIsRoomAndWaitsWhenFull() {
		Event cafe = cafe(2);

		Registration first = new Registration(cafe, 1L, "Vegetarisch", cafe.freePlaces(0), NOW);
		Registration second = new Registration(cafe, 2L, null, cafe.freePlaces(1), NOW);
		Registration third = new Registration(cafe, 3L, null, cafe.freePlaces(2), NOW);

		assertThat(first.getStatus()).isEqualTo(RegistrationStatus.BEVESTIGD);
		assertThat(first.getConfirmedAt()).isEqualTo(NOW);
		assertThat(second.isConfirmed()).isTrue();
		assertThat(third.getStatus()).isEqualTo(RegistrationStatus.WACHTLIJST);
		assertThat(third.getConfirmedAt()).isNull();
	}

	@Test
	void withoutACapacityEveryoneGetsAPlace() {
		Event open = cafe(null);
		assertThat(open.freePlaces(10_000).any()).isTrue();
		assertThat(new Registration(open, 1L, null, open.freePlaces(10_000), NOW).isConfirmed()).isTrue();
	}

	@Test
	void freePlacesGoToTheFrontOfTheQueueInOrderAndNoFurther() {
		Event cafe = cafe(5);
		List<Registration> waiting = queue(cafe, 4);

		List<Registration> movedUp = cafe.freePlaces(3).moveUp(waiting, NOW);

		assertThat(movedUp).containsExactly(waiting.get(0), waiting.get(1));
		assertThat(movedUp).allSatisfy((r) -> assertThat(r.isConfirmed()).isTrue());
		assertThat(waiting.subList(2, 4)).allSatisfy((r) -> assertThat(r.isWaiting()).isTrue());
	}

	@Test
	void capacityIsNeverExceeded() {
		for (int capacity = 1; capacity <= 6; capacity++) {
			for (int confirmed = 0; confirmed <= 8; confirmed++) {
				Event cafe = cafe(capacity);
				List<Registration> movedUp = cafe.freePlaces(confirmed).moveUp(queue(cafe, 10), NOW);
				assertThat(confirmed + movedUp.size()).as("capacity %d, %d confirmed", capacity, confirmed)
					.isEqualTo(Math.max(capacity, confirmed));
			}
		}
	}

	@Test
	void fewerPlacesThanPeopleConfirmedTakeNobodysPlaceAndMoveNobodyUp() {
		Event cafe = cafe(1);
		FreePlaces free = cafe.freePlaces(3);

		assertThat(free).isEqualTo(FreePlaces.NONE);
		assertThat(free.moveUp(queue(cafe, 2), NOW)).isEmpty();
		assertThat(new Registration(cafe, 9L, null, free, NOW).isWaiting()).isTrue();
	}

	@Test
	void givingUpAPlaceSaysSoAndLeavingTheQueueDoesNot() {
		Event cafe = cafe(1);
		Registration withPlace = new Registration(cafe, 1L, null, cafe.freePlaces(0), NOW);
		Registration waiting = new Registration(cafe, 2L, null, cafe.freePlaces(1), NOW);

		assertThat(withPlace.cancel(NOW)).as("a place came free").isTrue();
		assertThat(waiting.cancel(NOW)).as("nothing came free").isFalse();
		assertThat(withPlace.getStatus()).isEqualTo(RegistrationStatus.GEANNULEERD);
		assertThat(withPlace.getCancelledAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> withPlace.cancel(NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void onlyWhoWaitsMovesUpAndOnlyOnce() {
		Event cafe = cafe(3);
		Registration waiting = queue(cafe, 1).get(0);
		waiting.promote(NOW);

		assertThatThrownBy(() -> waiting.promote(NOW)).isInstanceOf(IllegalStateException.class);
	}

}
