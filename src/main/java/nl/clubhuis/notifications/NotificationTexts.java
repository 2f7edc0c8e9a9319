package nl.clubhuis.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.clubhuis.shared.DateFormats;
import nl.clubhuis.shared.DutchWords;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of a notification in the reader's language: the message
 * {@code notification.<KIND>} with its arguments. An argument written as
 * {@code #{message.key}} (a phase, a decision) is that message, so it reads in the
 * reader's language too; an argument written as {@code @{2026-03-29T12:30:00Z}} or
 * {@code @{2026-03-29}} (when an event starts, a day) is that moment or day written out
 * in the reader's language and the network's zone; other arguments (titles, names) are
 * shown as written. Templates call it as
 * {@code @notificationTexts.parts(kind, arguments)}.
 */
@Component("notificationTexts")
public class NotificationTexts {

	private final MessageSource messages;

	private final DateFormats dates;

	private final DutchWords dutchWords;

	NotificationTexts(MessageSource messages, DateFormats dates, DutchWords dutchWords) {
		this.messages = messages;
		this.dates = dates;
		this.dutchWords = dutchWords;
	}

	/** An argument that reads as the message {@code key}. */
	public static String message(String key) {
		return "#{" + key + "}";
	}

	/** An argument that reads as this moment: "zondag 29 maart 2026, 14:30". */
	public static String moment(Instant moment) {
		return "@{" + moment + "}";
	}

	/** An argument that reads as this day: "29 maart 2026". */
	public static String day(LocalDate day) {
		return "@{" + day + "}";
	}

	/**
	 * The text for a page, in parts: the titles and names in it are members' words, to be
	 * marked Dutch ({@code fragments/dutch :: sentence}); the messages and days in it are
	 * in the reader's language.
	 */
	public List<DutchWords.Part> parts(NotificationKind kind, List<String> arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] parts = arguments.stream()
			.map((argument) -> isMembersWords(argument) ? argument : DutchWords.plain(resolve(argument, locale)))
			.toArray();
		return this.dutchWords.in(locale, "notification." + kind.name(), parts);
	}

	/**
	 * A mail's subject in this language: the kind's own short subject
	 * ({@code notification.subject.<KIND>}) where its text is too long for one, else the
	 * text.
	 */
	public String subject(NotificationKind kind, List<String> arguments, Locale locale) {
		Object[] resolved = arguments.stream().map((argument) -> resolve(argument, locale)).toArray();
		String subject = this.messages.getMessage("notification.subject." + kind.name(), resolved, "", locale);
		return subject.isBlank() ? text(kind, arguments, locale) : subject.strip();
	}

	/** The text in this language, for a mail to a member. */
	public String text(NotificationKind kind, List<String> arguments, Locale locale) {
		Object[] resolved = arguments.stream().map((argument) -> resolve(argument, locale)).toArray();
		return this.messages.getMessage("notification." + kind.name(), resolved, locale).strip();
	}

	private static boolean isMembersWords(String argument) {
		return argument == null
				|| !((argument.startsWith("#{") || argument.startsWith("@{")) && argument.endsWith("}"));
	}

	private String resolve(String argument, Locale locale) {
		if (argument != null && argument.startsWith("#{") && argument.endsWith("}")) {
			String key = argument.substring(2, argument.length() - 1);
			return this.messages.getMessage(key, null, argument, locale);
		}
		if (argument != null && argument.startsWith("@{") && argument.endsWith("}")) {
			String value = argument.substring(2, argument.length() - 1);
			return value.contains("T") ? this.dates.weekdayDayTime(Instant.parse(value), locale)
					: this.dates.day(LocalDate.parse(value), locale);
		}
		return argument;
	}

}
