package nl.clubhuis.member.domain;

import java.util.Locale;

/**
 * The languages the portal writes in, Dutch first (the default). The constants are named
 * as the language tags they are stored as ({@code member.locale}).
 */
public enum Language {

	nl, en;

	public Locale locale() {
		return Locale.forLanguageTag(name());
	}

	/** The portal's language closest to this locale: anything else counts as Dutch. */
	public static Language of(Locale chosen) {
		return (chosen != null && "en".equals(chosen.getLanguage())) ? en : nl;
	}

}
