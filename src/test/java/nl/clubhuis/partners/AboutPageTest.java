package nl.clubhuis.partners;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.partners.domain.AboutService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /over tells the network's story with the figures the sources give; the redactie keeps
 * it, and a second editor never overwrites the first one's text unseen.
 */
@IntegrationTest
class AboutPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	AboutService about;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	java.util.Map<String, Object> original;

	@BeforeEach
	void keepTheText() {
		this.original = this.jdbc.queryForMap("SELECT body_nl, body_en FROM about_page");
	}

	@AfterEach
	void putTheTextBack() {
		this.jdbc.update("UPDATE about_page SET body_nl = ?, body_en = ?", this.original.get("body_nl"),
				this.original.get("body_en"));
	}

	@Test
	void aVisitorReadsTheHistoryAndTheFiguresOfTheSources() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/over")).andExpect(status().isOk()));

		assertThat(page.text("h1")).isEqualTo("Over het netwerk");
		assertThat(page.texts(".about h2")).contains("Hoe het ging, 2010–2015", "In cijfers");
		assertThat(page.texts(".about li")).anySatisfy((line) -> assertThat(line).contains("4.300", "400 discussies"))
			.anySatisfy((line) -> assertThat(line).startsWith("20 Cafés"))
			.anySatisfy((line) -> assertThat(line).contains("30 Doetanks gestart", "7 de route"));
		assertThat(page.text(".about")).contains("april 2014", "Molenwaard", "Kennisland", "BWOB");
		assertThat(page.has("a[href=/over/bewerken]")).as("a visitor gets no edit button").isFalse();

		Html english = Html
			.of(this.mvc.perform(get("/over").cookie(new jakarta.servlet.http.Cookie("clubhuis-taal", "en"))));
		assertThat(english.texts(".about h2")).contains("In figures");
	}

	@Test
	void theRedactieKeepsTheTextAndScriptsNeverReachThePage() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rosa Redactie");
		long version = this.about.page().getVersion();
		this.mvc
			.perform(post("/over/bewerken").with(user(redacteur))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("bodyNl", "## Nieuw hoofdstuk\n\nHet netwerk leeft. <script>alert(1)</script>")
				.param("bodyEn", ""))
			.andExpect(redirectedUrl("/over"))
			.andExpect(flash().attribute("flashSuccess", "about.saved"));

		Html page = Html.of(this.mvc.perform(get("/over").with(user(redacteur))));
		assertThat(page.text(".about h2")).isEqualTo("Nieuw hoofdstuk");
		assertThat(page.has(".about script")).isFalse();
		assertThat(page.has("a[href=/over/bewerken]")).isTrue();
		Html english = Html
			.of(this.mvc.perform(get("/over").cookie(new jakarta.servlet.http.Cookie("clubhuis-taal", "en"))));
		assertThat(english.text(".about h2")).as("no English text: the Dutch one").isEqualTo("Nieuw hoofdstuk");
	}

	@Test
	void aStaleSaveIsRefusedWithTheTextKept() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Ruud Redactie");
		long stale = this.about.page().getVersion();
		this.about.change(stale, "Eerst opgeslagen.", null, redacteur);

		Html form = Html.of(this.mvc
			.perform(post("/over/bewerken").with(user(redacteur))
				.with(csrf())
				.param("version", String.valueOf(stale))
				.param("bodyNl", "Mijn versie."))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("aboutForm")));
		assertThat(form.value("bodyNl")).isEqualTo("Mijn versie.");
		assertThat(this.about.page().getBodyNl()).isEqualTo("Eerst opgeslagen.");
		this.mvc
			.perform(post("/over/bewerken").with(user(redacteur))
				.with(csrf())
				.param("bodyNl", " ")
				.param("version", String.valueOf(this.about.page().getVersion())))
			.andExpect(model().attributeHasFieldErrorCode("aboutForm", "bodyNl", "NotBlank"));
	}

	@Test
	void thePageTakesAFixedNumberOfStatements() throws Exception {
		this.mvc.perform(get("/over"));
		this.statements.reset();
		this.mvc.perform(get("/over")).andExpect(status().isOk());
		assertThat(this.statements.count()).as("%s", this.statements.recorded()).isLessThanOrEqualTo(2);
	}

}
