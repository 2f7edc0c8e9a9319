package nl.clubhuis.notifications.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import nl.clubhuis.shared.AmsterdamTime;

/**
 * When a digest is due, in Amsterdam time: daily at 07:00, weekly on Monday at 07:00 (so
 * also on the mornings after the clocks change). A digest lists what occurred after the
 * member's previous one up to and including the latest such moment: windows that meet
 * without gap or overlap, whenever the job runs, however late, and however often.
 */
final class DigestWindow {

	static final LocalTime SEND_AT = LocalTime.of(7, 0);

	private DigestWindow() {
	}

	/**
	 * The latest moment at or before {@code now} at which a digest of this period was
	 * due; {@code null} for {@link DigestPeriod#NEVER}.
	 */
	static Instant lastDue(DigestPeriod period, Instant now) {
		if (period == DigestPeriod.NEVER) {
			return null;
		}
		ZonedDateTime local = now.atZone(AmsterdamTime.ZONE);
		LocalDate day = local.toLocalDate();
		if (period == DigestPeriod.WEEKLY) {
			day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		}
		ZonedDateTime due = day.atTime(SEND_AT).atZone(AmsterdamTime.ZONE);
		if (due.isAfter(local)) {
			due = due.minus(1, (period == DigestPeriod.WEEKLY) ? ChronoUnit.WEEKS : ChronoUnit.DAYS);
		}
		return due.toInstant();
	}

	/**
	 * Whether a notification that occurred at {@code occurredAt} belongs in the digest up
	 * to {@code lastDue} of a member whose previous digest went up to {@code sentUntil}
	 * ({@code null}: none yet).
	 */
	static boolean includes(Instant sentUntil, Instant lastDue, Instant occurredAt) {
		return (sentUntil == null || occurredAt.isAfter(sentUntil)) && !occurredAt.isAfter(lastDue);
	}

}
