package nl.clubhuis.site;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One error page for every status: its own title and text where a status has them,
 * otherwise those of its kind, and a way on.
 */
@IntegrationTest
class ErrorPageTextsTest {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@ParameterizedTest
	@CsvSource({ "400, error.400.title, error.400.text", "403, error.403.title, error.403.text",
			"404, error.404.title, error.404.text", "405, error.4xx.title, error.4xx.text",
			"409, error.409.title, error.4xx.text", "413, error.4xx.title, error.413.text",
			"500, error.5xx.title, error.5xx.text", "503, error.503.title, error.5xx.text" })
	void everyStatusHasItsOwnTextsOrThoseOfItsKind(int code, String title, String text) throws Exception {
		Document page = page(this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code))
			.andExpect(status().is(code)));

		assertThat(page.title()).isEqualTo(text(title) + " — " + text("site.name"));
		assertThat(page.select("h1").text()).isEqualTo(text(title));
		assertThat(page.select(".error-page .lead").text()).isEqualTo(text(text));
		List<String> wayOn = (code == 413) ? List.of(text("error.home"))
				: List.of(text("error.home"), text("error.doetanks"));
		assertThat(page.select(".error-page__actions a").eachText()).isEqualTo(wayOn);
	}

	@Test
	void aRuleThatSaysNoSaysWhy() throws Exception {
		MemberPrincipal trekker = this.people.member("Tess Tegenhouden");
		String active = this.doetanks.active(trekker, this.people.coach("Cor Coach"));

		// An adoption agreement only comes in the phase adopteren.
		Document page = page(this.mvc.perform(get("/doetanks/" + active + "/adoptie").with(user(trekker)))
			.andExpect(status().isConflict()));

		assertThat(page.select("h1").text()).isEqualTo(text("error.409.title"));
		assertThat(page.select(".error-page .lead").text()).isNotBlank()
			.isNotEqualTo(text("error.4xx.text"))
			.doesNotContain("??");
		assertThat(page.select(".error-page__actions a").eachText()).contains(text("error.doetanks"));
	}

	private Document page(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, DUTCH);
	}

}
