package nl.clubhuis.notifications.domain;

import java.util.Arrays;
import java.util.Locale;

import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.NotificationTexts;
import nl.clubhuis.shared.ClubhuisProperties;

import org.springframework.stereotype.Component;

/**
 * A notification's text in a member's language, and the addresses a mail about it names.
 */
@Component
class NotificationMailTexts {

	static final String SETTINGS = "/mijn/meldingen/instellingen";

	private final ClubhuisProperties properties;

	private final NotificationTexts texts;

	NotificationMailTexts(ClubhuisProperties properties, NotificationTexts texts) {
		this.properties = properties;
		this.texts = texts;
	}

	String text(NotificationKind kind, Object[] arguments, Locale locale) {
		return this.texts.text(kind, Arrays.stream(arguments).map(String::valueOf).toList(), locale);
	}

	String subject(NotificationKind kind, Object[] arguments, Locale locale) {
		return this.texts.subject(kind, Arrays.stream(arguments).map(String::valueOf).toList(), locale);
	}

	String url(String path) {
		return this.properties.baseUrl() + path;
	}

	String settingsUrl() {
		return url(SETTINGS);
	}

}
