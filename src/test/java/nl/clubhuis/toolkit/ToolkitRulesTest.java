package nl.clubhuis.toolkit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import java.nio.charset.StandardCharsets;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.TwoClicks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.toolkit.domain.WerkvormCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only the redactie changes the toolkit; only a Doetank's own team records which
 * werkvormen it used, and only for phases it has reached.
 */
@IntegrationTest
class ToolkitRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	WerkvormCatalog catalog;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	MemberPrincipal redacteur;

	MemberPrincipal member;

	@BeforeEach
	void people() {
		this.redacteur = this.people.redacteur("Roos Redacteur");
		this.member = this.people.member("Mia Lid");
	}

	@Test
	void onlyTheRedactieWritesChangesAndRemovesWerkvormen() throws Exception {
		String slug = this.werkvormen.create("Pitch", Set.of(Phase.ADOPTEREN), Set.of(Question.NO_OPDRACHTGEVER),
				this.redacteur);

		this.mvc.perform(get("/toolkit/nieuw")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/toolkit/nieuw").with(user(this.member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/toolkit/" + slug + "/bewerken").with(user(this.member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(newWerkvorm("Stiekem").with(user(this.member))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/toolkit/" + slug + "/bewerken").with(user(this.member))
				.with(csrf())
				.param("name", "Overgenomen")
				.param("summary", "x")
				.param("whenToUse", "x")
				.param("steps", "x")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/toolkit/" + slug + "/verwijderen").with(user(this.member)).with(csrf()).param("zeker", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.catalog.show(slug).getName()).startsWith("Pitch");

		String created = this.mvc.perform(newWerkvorm("Werkvorm van de redactie").with(user(this.redacteur)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(created))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Werkvorm van de redactie")))
			.andExpect(content().string(containsString("Schetsen")));

		this.mvc
			.perform(post("/toolkit/" + slug + "/verwijderen").with(user(this.people.beheerder("Bea Beheer")))
				.with(csrf())
				.param("zeker", "true"))
			.andExpect(redirectedUrl("/toolkit"));
		this.mvc.perform(get("/toolkit/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void aFormWithMistakesKeepsWhatWasTypedAndMarkdownIsSanitised() throws Exception {
		org.jsoup.nodes.Document form = page(this.mvc
			.perform(post("/toolkit/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("name", "")
				.param("summary", "Een samenvatting die blijft staan")
				.param("whenToUse", "Tekst die blijft")
				.param("steps", "1. Stap")
				.param("phases", "SCHETSEN"))
			.andExpect(status().isOk()));
		assertThat(form.text()).contains("Controleer de volgende velden");
		assertThat(form.select("[name=summary]").val()).isEqualTo("Een samenvatting die blijft staan");
		assertThat(form.select("input[name=phases][checked]").eachAttr("value")).containsExactly("SCHETSEN");

		String url = this.mvc
			.perform(post("/toolkit/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("name", "Veilig " + System.nanoTime())
				.param("summary", "Kort")
				.param("whenToUse", "<script>alert('x')</script>\n\n[klik](javascript:alert(1)) **vet**")
				.param("steps", "1. <img src=x onerror=alert(1)>"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		org.jsoup.nodes.Document shown = page(this.mvc.perform(get(url)));
		assertThat(shown.select(".rich-text strong").eachText()).contains("vet");
		assertThat(shown.select("script").html()).doesNotContain("alert");
		assertThat(shown.select("a[href^=javascript]")).isEmpty();
		assertThat(shown.select("img[onerror]")).isEmpty();
	}

	@Test
	void aNameIsUniqueAndNeverTakesTheAddressOfAPage() throws Exception {
		String existing = this.catalog.show("pitch").getName();
		this.mvc
			.perform(post("/toolkit/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("name", existing.toUpperCase(java.util.Locale.ROOT))
				.param("summary", "Nog een pitch")
				.param("whenToUse", "Altijd")
				.param("steps", "1. Pitch"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een werkvorm met deze naam")))
			.andExpect(content().string(containsString("Nog een pitch")));

		this.jdbc.update("DELETE FROM werkvorm WHERE lower(name) = 'nieuw'");
		String created = this.mvc
			.perform(post("/toolkit/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("name", "Nieuw")
				.param("summary", "Een werkvorm die zo heet")
				.param("whenToUse", "Altijd")
				.param("steps", "1. Begin"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).startsWith("/toolkit/nieuw-");
		this.mvc.perform(get("/toolkit/nieuw").with(user(this.redacteur)))
			.andExpect(content().string(containsString("Nieuwe werkvorm")));
	}

	@Test
	void aNewWerkvormSentTwiceEvenAtOnceIsMadeOnceAndAnotherTextWithItsNameIsRefused() throws Exception {
		String name = "Dubbelklik " + System.nanoTime();
		Callable<String> send = () -> this.mvc
			.perform(post("/toolkit/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("name", name)
				.param("summary", "Twee keer verstuurd.")
				.param("whenToUse", "Als de verbinding hapert.")
				.param("steps", "1. Klik\n2. Klik nog eens")
				.param("phases", "SCHETSEN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "toolkit.saved.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		List<String> sent = TwoClicks.atOnce(send);
		assertThat(sent.get(0)).isEqualTo(sent.get(1));
		assertThat(send.call()).isEqualTo(sent.get(0));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM werkvorm WHERE name = ?", Long.class, name))
			.isEqualTo(1);

		this.mvc
			.perform(post("/toolkit/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("name", name)
				.param("summary", "Een andere werkvorm.")
				.param("whenToUse", "Nooit.")
				.param("steps", "1. Stop"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een werkvorm met deze naam")));
	}

	@Test
	void anEditOnAStaleVersionIsExplainedAndKeepsTheText() throws Exception {
		String slug = this.werkvormen.create("Scrum", Set.of(Phase.EXPERIMENTEREN), Set.of(), this.redacteur);
		this.mvc.perform(edit(slug, "Eerste versie", 0)).andExpect(redirectedUrl("/toolkit/" + slug));

		this.mvc.perform(edit(slug, "Mijn tweede versie", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft deze werkvorm intussen gewijzigd")))
			.andExpect(content().string(containsString("Mijn tweede versie")));
		assertThat(this.catalog.show(slug).getName()).isEqualTo("Eerste versie");
	}

	@Test
	void onlyTheTeamRecordsItsWerkvormenInPhasesItReached() throws Exception {
		MemberPrincipal trekker = this.people.member("Tim Trekker");
		MemberPrincipal coach = this.people.coach("Cas Coach");
		String doetank = this.doetanks.inPhase(Phase.SCHETSEN, trekker, coach);
		String werkvorm = this.werkvormen.create("Veldwerk", Set.of(Phase.INITIEREN), Set.of(), this.redacteur);

		this.mvc.perform(record(doetank, werkvorm, "INITIEREN", "Wij ook!").with(user(this.member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(record(doetank, werkvorm, "INITIEREN", "Anoniem")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/doetanks/" + doetank + "/werkvormen").with(user(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Werkvorm vastleggen"))));

		this.mvc
			.perform(record(doetank, werkvorm, "ADOPTEREN", "We spraken twintig inwoners aan de balie.")
				.with(user(trekker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jullie Doetank is nog niet in deze fase")))
			.andExpect(content().string(containsString("We spraken twintig inwoners aan de balie.")));

		this.mvc.perform(record(doetank, werkvorm, "INITIEREN", "We spraken twintig inwoners.").with(user(coach)))
			.andExpect(redirectedUrl("/doetanks/" + doetank + "/werkvormen"))
			.andExpect(flash().attribute("flashSuccess", "toolkit.usage.recorded"));
		this.mvc.perform(record(doetank, werkvorm, "INITIEREN", "Dertig, bij nader inzien.").with(user(trekker)))
			.andExpect(flash().attribute("flashSuccess", "toolkit.usage.updated"));

		this.mvc.perform(get("/toolkit/" + werkvorm))
			.andExpect(content().string(containsString("Dertig, bij nader inzien.")))
			.andExpect(content().string(not(containsString("twintig inwoners"))));
		this.mvc.perform(get("/doetanks/" + doetank))
			.andExpect(content().string(containsString("Dertig, bij nader inzien.")));

		Long usageId = this.catalog.usages(werkvorm, 0).getContent().get(0).id();
		this.mvc
			.perform(post("/doetanks/" + doetank + "/werkvormen/" + usageId + "/verwijderen").with(user(this.member))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/toolkit/" + werkvorm + "/verwijderen").with(user(this.redacteur))
				.with(csrf())
				.param("zeker", "true"))
			.andExpect(flash().attribute("flashProblem", "toolkit.remove.inUse"));
		this.mvc
			.perform(post("/doetanks/" + doetank + "/werkvormen/" + usageId + "/verwijderen").with(user(trekker))
				.with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + doetank + "/werkvormen"));
		assertThat(this.catalog.usages(werkvorm, 0).getTotalElements()).isZero();
	}

	@Test
	void aTooLongNoteIsRefusedAndKept() throws Exception {
		MemberPrincipal trekker = this.people.member("Tara Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Coby Coach"));
		String werkvorm = this.werkvormen.create("Pizza", Set.of(Phase.INITIEREN), Set.of(), this.redacteur);
		String note = "Lang verhaal. ".repeat(50);

		this.mvc.perform(record(doetank, werkvorm, "INITIEREN", note).with(user(trekker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gebruik hooguit 600 tekens")))
			.andExpect(content().string(containsString(note.strip())));
	}

	@Test
	void aLineBreakCountsAsOneCharacterAsInTheBrowser() throws Exception {
		MemberPrincipal trekker = this.people.member("Teun Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Corrie Coach"));
		String werkvorm = this.werkvormen.create("Kring", Set.of(Phase.INITIEREN), Set.of(), this.redacteur);
		String line = "x".repeat(119);
		String note = String.join("\r\n", line, line, line, line, line);

		this.mvc.perform(record(doetank, werkvorm, "INITIEREN", note).with(user(trekker)))
			.andExpect(flash().attribute("flashSuccess", "toolkit.usage.recorded"));
		assertThat(this.catalog.usages(werkvorm, 0).getContent().get(0).note()).hasSize(599).doesNotContain("\r");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newWerkvorm(String name) {
		return post("/toolkit/nieuw").with(csrf())
			.param("name", name + " " + System.nanoTime())
			.param("summary", "Een korte samenvatting.")
			.param("whenToUse", "Als het team vastloopt.")
			.param("steps", "1. Begin\n2. Ga door")
			.param("phases", "SCHETSEN", "ADOPTEREN")
			.param("questions", "NO_OPDRACHTGEVER");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(String slug, String name,
			long version) {
		return post("/toolkit/" + slug + "/bewerken").with(user(this.redacteur))
			.with(csrf())
			.param("name", name)
			.param("summary", "Samenvatting")
			.param("whenToUse", "Wanneer")
			.param("steps", "1. Stap")
			.param("version", String.valueOf(version));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder record(String doetank,
			String werkvorm, String phase, String note) {
		return post("/doetanks/" + doetank + "/werkvormen").with(csrf())
			.param("werkvorm", werkvorm)
			.param("phase", phase)
			.param("note", note);
	}

	private static org.jsoup.nodes.Document page(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		return org.jsoup.Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
