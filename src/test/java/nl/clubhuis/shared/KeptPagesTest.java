package nl.clubhuis.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptPagesTest {

	@Test
	void aKeptPageHoldsNoTokenAndGetsTheTokenOfTheRequestThatShowsIt() {
		String drawn = "<form><input type=\"hidden\" name=\"_csrf\" value=\"token-of-the-first\"></form>"
				+ "<form><input type=\"hidden\" name=\"_csrf\" value=\"token-of-the-first\"></form>";

		String kept = KeptPages.withoutToken(drawn, "token-of-the-first");
		String shown = KeptPages.withToken(kept, "token-of-the-second");

		assertThat(kept).doesNotContain("token-of-the-first");
		assertThat(shown).doesNotContain("token-of-the-first").contains("value=\"token-of-the-second\"");
		assertThat(shown.split("token-of-the-second", -1)).hasSize(3);
	}

	@Test
	void withoutATokenThePageIsKeptAsItWasDrawn() {
		String drawn = "<p>Geen formulier</p>";

		assertThat(KeptPages.withoutToken(drawn, null)).isEqualTo(drawn);
		assertThat(KeptPages.withToken(KeptPages.withoutToken(drawn, "abc"), null)).isEqualTo(drawn);
	}

}
