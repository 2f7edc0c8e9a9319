package nl.clubhuis.notifications;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A notification as a list shows it (/mijn/meldingen, the home page); its text is
 * {@code notification.<kind>} with its arguments, see {@link NotificationTexts}.
 */
public record NotificationLine(long id, NotificationKind kind, String link, List<String> arguments,
		ZonedDateTime occurredAt, boolean read) {

	public NotificationLine {
		arguments = List.copyOf(arguments);
	}

}
