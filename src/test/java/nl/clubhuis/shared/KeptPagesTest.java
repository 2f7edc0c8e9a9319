package nl.clubhuis.shared;

import nl.clubhuis.shared.KeptPages.KeptPage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptPagesTest {

	@Test
	void aKeptPageHoldsNoTokenAndGetsTheTokenOfTheRequestThatShowsIt() {
		KeptPage drawn = new KeptPage("<title>Doetank</title>",
				"<form><input type=\"hidden\" name=\"_csrf\" value=\"token-of-the-first\"></form>"
						+ "<form><input type=\"hidden\" name=\"_csrf\" value=\"token-of-the-first\"></form>");

		KeptPage kept = drawn.withoutToken("token-of-the-first");
		KeptPage shown = kept.withToken("token-of-the-second");

		assertThat(kept.main()).doesNotContain("token-of-the-first");
		assertThat(shown.main()).doesNotContain("token-of-the-first").contains("value=\"token-of-the-second\"");
		assertThat(shown.main().split("token-of-the-second", -1)).hasSize(3);
		assertThat(shown.title()).isEqualTo("<title>Doetank</title>");
	}

	@Test
	void withoutATokenThePageIsKeptAsItWasDrawn() {
		KeptPage drawn = new KeptPage("<title>Doetank</title>", "<p>Geen formulier</p>");

		assertThat(drawn.withoutToken(null)).isEqualTo(drawn);
		assertThat(drawn.withoutToken("abc").withToken(null)).isEqualTo(drawn);
	}

}
