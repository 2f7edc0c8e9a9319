package nl.clubhuis.site;

import java.util.Locale;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The home page's figures read as a sentence: "1 actieve Doetank", "3 actieve Doetanks".
 */
@IntegrationTest
class HomeCountsTest {

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Test
	void oneDoetankIsSingularAndMoreArePlural() {
		Locale dutch = Locale.forLanguageTag("nl");
		assertThat(this.messages.getMessage("home.counts.ACTIEF", new Object[] { 1L }, dutch))
			.isEqualTo("actieve Doetank");
		assertThat(this.messages.getMessage("home.counts.ACTIEF", new Object[] { 3L }, dutch))
			.isEqualTo("actieve Doetanks");
		assertThat(this.messages.getMessage("home.counts.GESTOPT", new Object[] { 0L }, dutch))
			.isEqualTo("gestopte Doetanks, met hun lessen");
		assertThat(this.messages.getMessage("home.counts.AFGESLOTEN", new Object[] { 1L }, Locale.ENGLISH))
			.isEqualTo("Doetank that delivered its result and closed");
	}

	@Test
	void theHomePageShowsEveryCountWithItsLabel() throws Exception {
		Html home = Html.of(this.mvc.perform(get("/")));
		assertThat(home.texts(".hero__counts dt")).hasSize(4).noneMatch((label) -> label.contains("{"));
	}

}
