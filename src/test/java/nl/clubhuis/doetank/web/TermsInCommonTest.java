package nl.clubhuis.doetank.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.expertise.Expertise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a member and a Doetank have in common, alphabetical in the page's language. */
class TermsInCommonTest {

	private static final Expertise LEGAL = new Expertise(1L, "juridisch", "Juridisch", "Legal", false);

	private static final Expertise FINANCE = new Expertise(2L, "financien", "Financiën", "Finance", false);

	private static final Expertise PROCUREMENT = new Expertise(3L, "inkoop", "Inkoop", "Procurement", false);

	private static final Expertise DESIGN = new Expertise(4L, "ontwerp", "ontwerp", "Design", true);

	private static final Map<Long, Expertise> TERMS = Map.of(1L, LEGAL, 2L, FINANCE, 3L, PROCUREMENT, 4L, DESIGN);

	@Test
	void onlyWhatBothSidesHaveInTheLanguageOfThePage() {
		Set<Long> member = Set.of(1L, 2L, 3L, 4L);
		Set<Long> doetank = Set.of(1L, 3L, 4L, 9L);

		assertThat(TermsInCommon.of(member, doetank, TERMS, Locale.forLanguageTag("nl"))).extracting(Expertise::slug)
			.containsExactly("inkoop", "juridisch", "ontwerp");
		assertThat(TermsInCommon.of(member, doetank, TERMS, Locale.ENGLISH)).extracting(Expertise::slug)
			.containsExactly("ontwerp", "juridisch", "inkoop");
	}

	@Test
	void accentsAndCaseDoNotChangeTheOrder() {
		Expertise financieel = new Expertise(5L, "financieel", "financieel", "Financial", false);
		Expertise gemeente = new Expertise(6L, "gemeente", "Gemeente", "Municipality", false);

		assertThat(TermsInCommon.sorted(java.util.List.of(gemeente, FINANCE, financieel), Locale.forLanguageTag("nl")))
			.extracting(Expertise::nameNl)
			.containsExactly("financieel", "Financiën", "Gemeente");
	}

	@Test
	void termsNobodyKnowsAboutAreLeftOut() {
		assertThat(TermsInCommon.of(Set.of(1L, 42L), Set.of(42L), TERMS, Locale.ENGLISH)).isEmpty();
	}

}
