package nl.clubhuis.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one place dates are written for people: every page uses it as {@code @dates} (for
 * example {@code ${@dates.day(post.publishAt)}}). Moments are shown in the network's own
 * zone whatever zone the server runs in, in the language of the request. Each format is
 * named after what it is for.
 *
 * <p>
 * Views get moments as {@link ZonedDateTime} in Amsterdam ({@link AmsterdamTime#of}), and
 * days as {@link LocalDate} (shown at midnight by formats with a time). An
 * {@link Instant} is still shown in Amsterdam time rather than failing a page, but no
 * view record carries one any more. No date gives an empty text.
 */
public class DateFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	private static final DateTimeFormatter WEEKDAY_DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

	private static final DateTimeFormatter UPCOMING = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm");

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private static final DateTimeFormatter SHORT_DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter CALENDAR_DAY = DateTimeFormatter.ofPattern("d");

	private static final DateTimeFormatter CALENDAR_MONTH = DateTimeFormatter.ofPattern("MMM");

	private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final ZoneId zone;

	public DateFormats(ZoneId zone) {
		this.zone = zone;
	}

	/** When something was written, published or asked: "29 maart 2026". */
	public String day(Temporal moment) {
		return format(DAY, moment);
	}

	/** Like {@link #day(Temporal)}, in a given language (a mail to a member). */
	public String day(Temporal moment, Locale locale) {
		return format(DAY, moment, locale);
	}

	/** A moment to the minute: "29 maart 2026, 14:30". */
	public String dayTime(Temporal moment) {
		return format(DAY_TIME, moment);
	}

	/** When an event starts: "zondag 29 maart 2026, 14:30". */
	public String weekdayDayTime(Temporal moment) {
		return format(WEEKDAY_DAY_TIME, moment);
	}

	/**
	 * Like {@link #weekdayDayTime(Temporal)}, in a given language (a mail to a member).
	 */
	public String weekdayDayTime(Temporal moment, Locale locale) {
		return format(WEEKDAY_DAY_TIME, moment, locale);
	}

	/**
	 * A meeting in the coming weeks, the year goes without saying: "zondag 29 maart,
	 * 14:30".
	 */
	public String upcoming(Temporal moment) {
		return format(UPCOMING, moment);
	}

	/** A day in a compact list, such as a timeline: "29 mrt 2026". */
	public String shortDay(Temporal moment) {
		return format(SHORT_DAY, moment);
	}

	/** A recent moment in a table: "29 mrt 14:30". */
	public String shortDayTime(Temporal moment) {
		return format(SHORT_DAY_TIME, moment);
	}

	/** Since when, roughly: "maart 2026". */
	public String month(Temporal moment) {
		return format(MONTH, moment);
	}

	/** The time of day: "14:30". */
	public String time(Temporal moment) {
		return format(TIME, moment);
	}

	/** The day of the month on a calendar leaf: "29". */
	public String calendarDay(Temporal moment) {
		return format(CALENDAR_DAY, moment);
	}

	/** The month on a calendar leaf: "mrt". */
	public String calendarMonth(Temporal moment) {
		return format(CALENDAR_MONTH, moment);
	}

	/**
	 * When something that started at {@code start} ends: only the time on the same day,
	 * otherwise as {@link #weekdayDayTime}.
	 */
	public String until(Temporal start, Temporal end) {
		if (start != null && end != null && inZone(start).toLocalDate().equals(inZone(end).toLocalDate())) {
			return time(end);
		}
		return weekdayDayTime(end);
	}

	/**
	 * For a {@code <time datetime>} attribute, which takes no zone name:
	 * "2026-03-29T14:30:00+02:00"; a day as "2026-03-29".
	 */
	public String machine(Temporal moment) {
		if (moment instanceof LocalDate day) {
			return day.toString();
		}
		return (moment != null) ? MACHINE.format(inZone(moment)) : "";
	}

	private String format(DateTimeFormatter formatter, Temporal moment) {
		return format(formatter, moment, LocaleContextHolder.getLocale());
	}

	private String format(DateTimeFormatter formatter, Temporal moment, Locale locale) {
		if (moment == null) {
			return "";
		}
		return formatter.withLocale(locale).format(inZone(moment));
	}

	private ZonedDateTime inZone(Temporal moment) {
		if (moment instanceof Instant instant) {
			return instant.atZone(this.zone);
		}
		if (moment instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(this.zone);
		}
		if (moment instanceof LocalDate day) {
			return day.atStartOfDay(this.zone);
		}
		throw new IllegalArgumentException("not a date: " + moment.getClass().getName());
	}

}
