package nl.clubhuis.member;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Wacht op mij" puts what waits longest first, whichever module it comes from. */
class WaitingItemTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Test
	void longestWaitingFirstAndUndatedLast() {
		WaitingItem recent = WaitingItem.of("recent", "/a", at(2026, 11, 30));
		WaitingItem old = WaitingItem.of("old", "/b", at(2026, 10, 1));
		WaitingItem undated = WaitingItem.of("undated", "/c", null);
		WaitingItem middle = WaitingItem.of("middle", "/d", at(2026, 11, 2));

		assertThat(List.of(recent, undated, old, middle).stream().sorted(WaitingItem.LONGEST_WAITING_FIRST))
			.extracting(WaitingItem::messageKey)
			.containsExactly("old", "middle", "recent", "undated");
	}

	@Test
	void buttonsAreAddedInOrderAndTheArgumentsReachTheMessage() {
		WaitingItem invitation = WaitingItem.of("invitation", null, null, "Anouk", 2)
			.with(new WaitingItem.Action("accept", "/x/accepteren"))
			.with(new WaitingItem.Action("decline", "/x/afslaan"));

		assertThat(invitation.actions()).extracting(WaitingItem.Action::labelKey).containsExactly("accept", "decline");
		assertThat(invitation.argumentArray()).containsExactly("Anouk", 2);
	}

	private static ZonedDateTime at(int year, int month, int day) {
		return ZonedDateTime.of(year, month, day, 12, 0, 0, 0, AMSTERDAM);
	}

}
