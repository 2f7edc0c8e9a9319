package nl.clubhuis.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly clean-up asks every kind of record, and one that fails keeps no other. */
class ExpiredRecordsCleanupTest {

	static final Instant NOW = Instant.parse("2026-11-30T12:41:00Z");

	final List<Instant> asked = new ArrayList<>();

	@Test
	void everyKindIsAskedAtTheSameMomentEvenWhenOneFails() {
		ExpiredRecords failing = kind(() -> {
			throw new IllegalStateException("table is gone");
		});
		ExpiredRecords working = kind(() -> 3);

		new ExpiredRecordsCleanup(List.of(failing, working), Clock.fixed(NOW, ZoneOffset.UTC)).removeExpired();

		assertThat(this.asked).containsExactly(NOW, NOW);
	}

	private ExpiredRecords kind(java.util.function.IntSupplier removal) {
		return new ExpiredRecords() {

			@Override
			public String what() {
				return "test records";
			}

			@Override
			public int removeExpired(Instant now) {
				ExpiredRecordsCleanupTest.this.asked.add(now);
				return removal.getAsInt();
			}

		};
	}

}
