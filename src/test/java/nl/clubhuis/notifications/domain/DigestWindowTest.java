package nl.clubhuis.notifications.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.shared.AmsterdamTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest's window, on a fixed clock: due at 07:00 Amsterdam time daily or on Monday,
 * also on the mornings after the clocks change (29 March and 25 October 2026), and every
 * notification in exactly one digest whether the job runs every hour, late, or skips
 * days.
 */
class DigestWindowTest {

	@Test
	void aDailyDigestIsDueAtSevenInTheMorningAmsterdamTime() {
		assertThat(DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-11-30T07:00"))).isEqualTo(at("2026-11-30T07:00"));
		assertThat(DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-11-30T06:59"))).isEqualTo(at("2026-11-29T07:00"));
		assertThat(DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-11-30T23:30"))).isEqualTo(at("2026-11-30T07:00"));
	}

	@Test
	void aWeeklyDigestIsDueOnMondayMorning() {
		// 30 November 2026 is a Monday.
		assertThat(DigestWindow.lastDue(DigestPeriod.WEEKLY, at("2026-12-03T12:00"))).isEqualTo(at("2026-11-30T07:00"));
		assertThat(DigestWindow.lastDue(DigestPeriod.WEEKLY, at("2026-11-30T06:00"))).isEqualTo(at("2026-11-23T07:00"));
		assertThat(DigestWindow.lastDue(DigestPeriod.NEVER, at("2026-11-30T08:00"))).isNull();
	}

	@Test
	void theClocksChangingKeepsSevenOClockLocalTime() {
		// Summer time starts on Sunday 29 March 2026: 07:00 is 05:00 UTC from then on.
		assertThat(DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-03-29T07:30")))
			.isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
		assertThat(DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-03-29T06:30")))
			.isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
		// Winter time from Sunday 25 October 2026: 07:00 is 06:00 UTC again.
		assertThat(DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-10-25T07:30")))
			.isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
		assertThat(DigestWindow.lastDue(DigestPeriod.WEEKLY, at("2026-10-26T07:00")))
			.isEqualTo(Instant.parse("2026-10-26T06:00:00Z"));
		assertThat(DigestWindow.lastDue(DigestPeriod.WEEKLY, at("2026-03-30T08:00")))
			.isEqualTo(Instant.parse("2026-03-30T05:00:00Z"));
	}

	@Test
	void everyNotificationIsInExactlyOneDigestAcrossBothClockChangesWithAnHourlyJob() {
		for (String start : List.of("2026-03-25T00:00", "2026-10-21T00:00")) {
			for (DigestPeriod period : List.of(DigestPeriod.DAILY, DigestPeriod.WEEKLY)) {
				assertEachOnce(period, at(start), 24 * 14, 1);
			}
		}
	}

	@Test
	void aLateOrSkippedRunLosesNothingAndSendsNothingTwice() {
		for (int everyHours : List.of(5, 31, 53)) {
			assertEachOnce(DigestPeriod.DAILY, at("2026-03-26T03:00"), 24 * 12, everyHours);
			assertEachOnce(DigestPeriod.WEEKLY, at("2026-10-20T03:00"), 24 * 21, everyHours);
		}
	}

	@Test
	void aRunLateOnTheDayStillCoversUpToSevenAndNothingAfter() {
		Instant sentUntil = at("2026-11-29T07:00");
		Instant lastDue = DigestWindow.lastDue(DigestPeriod.DAILY, at("2026-11-30T22:00"));
		assertThat(DigestWindow.includes(sentUntil, lastDue, at("2026-11-29T07:00"))).isFalse();
		assertThat(DigestWindow.includes(sentUntil, lastDue, at("2026-11-29T07:01"))).isTrue();
		assertThat(DigestWindow.includes(sentUntil, lastDue, at("2026-11-30T07:00"))).isTrue();
		assertThat(DigestWindow.includes(sentUntil, lastDue, at("2026-11-30T07:01"))).isFalse();
		assertThat(DigestWindow.includes(null, lastDue, at("2020-01-01T00:00"))).isTrue();
	}

	/**
	 * Simulates the job running every {@code everyHours} hours over {@code hours} hours
	 * with a notification every 20 minutes, and checks each that lies before the last
	 * digest went into exactly one, and never one sent twice in a period.
	 */
	private static void assertEachOnce(DigestPeriod period, Instant start, int hours, int everyHours) {
		List<Instant> notifications = new ArrayList<>();
		for (int minute = 0; minute < hours * 60; minute += 20) {
			notifications.add(start.plusSeconds(minute * 60L));
		}
		List<Integer> timesSent = new ArrayList<>(notifications.stream().map((n) -> 0).toList());
		Instant sentUntil = null;
		for (int hour = 0; hour <= hours; hour += everyHours) {
			Instant now = start.plusSeconds(hour * 3600L);
			Instant lastDue = DigestWindow.lastDue(period, now);
			if (sentUntil != null && !lastDue.isAfter(sentUntil)) {
				continue;
			}
			for (int i = 0; i < notifications.size(); i++) {
				if (DigestWindow.includes(sentUntil, lastDue, notifications.get(i))) {
					timesSent.set(i, timesSent.get(i) + 1);
				}
			}
			sentUntil = lastDue;
		}
		for (int i = 0; i < notifications.size(); i++) {
			int expected = notifications.get(i).isAfter(sentUntil) ? 0 : 1;
			assertThat(timesSent.get(i))
				.as("%s %s every %d h: notification at %s", period, start, everyHours, notifications.get(i))
				.isEqualTo(expected);
		}
	}

	private static Instant at(String amsterdamTime) {
		return ZonedDateTime.of(LocalDateTime.parse(amsterdamTime), AmsterdamTime.ZONE).toInstant();
	}

}
