package nl.clubhuis.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as people read them: in Amsterdam, in the language of the page, whatever zone the
 * JVM runs in.
 */
class DateFormatsTest {

	final DateFormats dates = new DateFormats(ZoneId.of("Europe/Amsterdam"));

	/** Late on Saturday in UTC is already Sunday in Amsterdam (still winter time). */
	final Instant saturdayNightUtc = Instant.parse("2026-03-28T23:30:00Z");

	@BeforeEach
	void dutch() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aMomentIsShownAsTheDayAndTimeInAmsterdam() {
		assertThat(this.dates.day(this.saturdayNightUtc)).isEqualTo("29 maart 2026");
		assertThat(this.dates.dayTime(this.saturdayNightUtc)).isEqualTo("29 maart 2026, 00:30");
		assertThat(this.dates.weekdayDayTime(this.saturdayNightUtc)).isEqualTo("zondag 29 maart 2026, 00:30");
		assertThat(this.dates.upcoming(this.saturdayNightUtc)).isEqualTo("zondag 29 maart, 00:30");
		assertThat(this.dates.month(this.saturdayNightUtc)).isEqualTo("maart 2026");
		assertThat(this.dates.calendarDay(this.saturdayNightUtc)).isEqualTo("29");
		assertThat(this.dates.time(this.saturdayNightUtc)).isEqualTo("00:30");
	}

	@Test
	void summerTimeIsTwoHoursAheadOfUtc() {
		Instant noonUtc = Instant.parse("2026-07-01T12:00:00Z");

		assertThat(this.dates.dayTime(noonUtc)).isEqualTo("1 juli 2026, 14:00");
		assertThat(this.dates.time(Instant.parse("2026-03-29T01:30:00Z"))).as("just after the clocks went forward")
			.isEqualTo("03:30");
	}

	@Test
	void aMomentInAnotherZoneIsShownInAmsterdam() {
		ZonedDateTime newYork = ZonedDateTime.of(2026, 7, 1, 8, 0, 0, 0, ZoneId.of("America/New_York"));

		assertThat(this.dates.dayTime(newYork)).isEqualTo("1 juli 2026, 14:00");
	}

	@Test
	void aDayIsTakenAsItIs() {
		assertThat(this.dates.day(LocalDate.of(2026, 3, 29))).isEqualTo("29 maart 2026");
		assertThat(this.dates.month(LocalDate.of(2012, 3, 1))).isEqualTo("maart 2012");
	}

	@Test
	void aTimeInAmsterdamIsShownAsItIs() {
		ZonedDateTime amsterdam = AmsterdamTime.of(this.saturdayNightUtc);

		assertThat(amsterdam.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
		assertThat(this.dates.weekdayDayTime(amsterdam)).isEqualTo("zondag 29 maart 2026, 00:30");
		assertThat(AmsterdamTime.of(null)).isNull();
	}

	@Test
	void theMachineReadableFormHasAnOffsetAndNoZoneName() {
		assertThat(this.dates.machine(AmsterdamTime.of(Instant.parse("2026-07-01T12:00:00Z"))))
			.isEqualTo("2026-07-01T14:00:00+02:00");
		assertThat(this.dates.machine(this.saturdayNightUtc)).isEqualTo("2026-03-29T00:30:00+01:00");
		assertThat(this.dates.machine(LocalDate.of(2026, 3, 29))).isEqualTo("2026-03-29");
		assertThat(this.dates.machine(null)).isEmpty();
	}

	@Test
	void englishPagesGetEnglishNames() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.dates.day(this.saturdayNightUtc)).isEqualTo("29 March 2026");
		assertThat(this.dates.weekdayDayTime(this.saturdayNightUtc)).isEqualTo("Sunday 29 March 2026, 00:30");
		assertThat(this.dates.calendarMonth(this.saturdayNightUtc)).isEqualTo("Mar");
	}

	@Test
	void anEndOnTheSameDayIsOnlyATime() {
		Instant start = Instant.parse("2026-03-28T18:00:00Z");

		assertThat(this.dates.until(start, Instant.parse("2026-03-28T22:30:00Z"))).isEqualTo("23:30");
		assertThat(this.dates.until(start, this.saturdayNightUtc)).as("past midnight in Amsterdam")
			.isEqualTo("zondag 29 maart 2026, 00:30");
	}

	@Test
	void noDateIsAnEmptyText() {
		assertThat(this.dates.day(null)).isEmpty();
		assertThat(this.dates.until(null, null)).isEmpty();
	}

}
