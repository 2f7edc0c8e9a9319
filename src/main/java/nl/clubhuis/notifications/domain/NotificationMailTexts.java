package nl.clubhuis.notifications.domain;

import java.util.Locale;

import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.shared.ClubhuisProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification's text in a member's language, and the addresses a mail about it names.
 */
@Component
class NotificationMailTexts {

	static final String SETTINGS = "/mijn/meldingen/instellingen";

	private final MessageSource messages;

	private final ClubhuisProperties properties;

	NotificationMailTexts(MessageSource messages, ClubhuisProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	String text(NotificationKind kind, Object[] arguments, Locale locale) {
		return this.messages.getMessage("notification." + kind.name(), arguments, locale);
	}

	String url(String path) {
		return this.properties.baseUrl() + path;
	}

	String settingsUrl() {
		return url(SETTINGS);
	}

}
