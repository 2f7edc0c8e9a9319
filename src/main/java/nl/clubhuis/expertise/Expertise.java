package nl.clubhuis.expertise;

import java.util.Locale;

/**
 * One term of the vocabulary, in Dutch and English; a retired term stays on what used it
 * but is no longer offered.
 */
public record Expertise(Long id, String slug, String nameNl, String nameEn, boolean retired) {

	/** The term in the language of the page; Dutch unless the page is English. */
	public String name(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.nameNl;
	}

}
