package nl.clubhuis.notifications;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The text of a notification in the reader's language: the message
 * {@code notification.<KIND>} with its arguments. An argument written as
 * {@code #{message.key}} (a phase, a decision) is that message, so it reads in the
 * reader's language too; other arguments (titles, names) are shown as written. Templates
 * call it as {@code @notificationTexts.text(kind, arguments)}.
 */
@Component("notificationTexts")
public class NotificationTexts {

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** An argument that reads as the message {@code key}. */
	public static String message(String key) {
		return "#{" + key + "}";
	}

	public String text(NotificationKind kind, List<String> arguments) {
		return text(kind, arguments, LocaleContextHolder.getLocale());
	}

	/** The text in this language, for a mail to a member. */
	public String text(NotificationKind kind, List<String> arguments, Locale locale) {
		Object[] resolved = arguments.stream().map((argument) -> resolve(argument, locale)).toArray();
		return this.messages.getMessage("notification." + kind.name(), resolved, locale);
	}

	private String resolve(String argument, Locale locale) {
		if (argument != null && argument.startsWith("#{") && argument.endsWith("}")) {
			String key = argument.substring(2, argument.length() - 1);
			return this.messages.getMessage(key, null, argument, locale);
		}
		return argument;
	}

}
