package nl.clubhuis.doetank.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.clubhuis.expertise.Expertise;

/**
 * The expertise two sides have in common (what a member knows and what a Doetank looks
 * for), in the order a reader of the page's language expects: alphabetical in that
 * language, ignoring case and accents.
 */
final class TermsInCommon {

	private TermsInCommon() {
	}

	static List<Expertise> of(Set<Long> one, Set<Long> other, Map<Long, Expertise> terms, Locale locale) {
		return sorted(one.stream().filter(other::contains).map(terms::get).filter(Objects::nonNull).toList(), locale);
	}

	static List<Expertise> sorted(Collection<Expertise> terms, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return terms.stream()
			.sorted(Comparator.comparing((Expertise term) -> term.name(locale), collator).thenComparing(Expertise::id))
			.toList();
	}

}
