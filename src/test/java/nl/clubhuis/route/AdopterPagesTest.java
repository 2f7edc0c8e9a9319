package nl.clubhuis.route;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Organisations that take up a Doetank's result, on the real PostgreSQL: any member
 * reports one for a Doetank in VERBREDEN or a finished one, its trekker is mailed, the
 * Doetank page lists it under "Overgenomen door", /doetanks filters on it; the one who
 * reported it corrects it, a trekker removes a wrong one, nobody else touches it; a
 * member's export holds what they reported and erasure takes their name along.
 */
@IntegrationTest
class AdopterPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	GateReviewService reviews;

	@Autowired
	MemberDirectory directory;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	final String run = UUID.randomUUID().toString().replaceAll("[^a-f]", "");

	MemberPrincipal trekker;

	MemberPrincipal coach;

	MemberPrincipal member;

	String slug;

	@BeforeEach
	void aDoetankThatSpreadsItsResult() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.member = this.people.member("Olga Overnemer " + this.run);
		this.slug = this.doetanks.inPhase(Phase.VERBREDEN, this.trekker, this.coach);
	}

	@Test
	void aMemberReportsTheirOrganisationTheTrekkerIsMailedAndThePageListsIt() throws Exception {
		Html before = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)).andExpect(status().isOk()));
		assertThat(before.text("#overgenomen h2")).isEqualTo("Overgenomen door");
		assertThat(before.links("#overgenomen")).containsExactly("/doetanks/" + this.slug + "/overgenomen/nieuw");
		this.mvc.perform(get("/doetanks/" + this.slug + "/overgenomen/nieuw").with(user(this.member)))
			.andExpect(status().isOk());

		this.mvc.perform(report(this.member, "Gemeente Zwolle " + this.run).param("contactIsMe", "true"))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#overgenomen"))
			.andExpect(flash().attribute("flashSuccess", "adopter.recorded"));

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.people.member("Lezer")))));
		assertThat(page.text("#overgenomen .adopter__organisation")).isEqualTo("Gemeente Zwolle " + this.run);
		assertThat(page.text("#overgenomen .adopter")).contains("Het aanvraagformulier en de werkwijze.",
				"contactpersoon: Olga Overnemer " + this.run);
		assertThat(page.links("#overgenomen .adopter__contact"))
			.containsExactly(this.directory.find(this.member.id()).orElseThrow().profilePath());
		assertThat(page.text("main")).doesNotContain(emailOf(this.member));
		assertThat(page.has(".adopter__actions")).as("only the one who reported it, or a trekker").isFalse();

		Inbox.Mail mail = this.inbox.awaitOne(emailOf(this.trekker));
		assertThat(mail.subject()).contains("Gemeente Zwolle " + this.run);
		assertThat(mail.text()).contains("Olga Overnemer " + this.run, "Het aanvraagformulier en de werkwijze.");
		assertThat(mail.pathOfLink("/doetanks/")).isEqualTo("/doetanks/" + this.slug + "#overgenomen");
		assertThat(adopterCount()).isEqualTo(1);
	}

	@Test
	void aTrekkerWhoReportsItThemselvesGetsNoMailAndTheSameReportTwiceIsKeptOnce() throws Exception {
		this.mvc.perform(report(this.trekker, "Gemeente Kampen").param("contactName", "Anna de Vries"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(report(this.member, "gemeente kampen").param("contactName", "Anna de Vries"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList("SELECT organisation FROM adopter WHERE doetank_id = ?", String.class,
				doetankId()))
			.containsExactly("Gemeente Kampen");
		assertThat(adopterCount()).isEqualTo(1);
		this.inbox.settle();
		assertThat(this.inbox.to(emailOf(this.trekker))).isEmpty();
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.text("#overgenomen .adopter__contact")).isEqualTo("contactpersoon: Anna de Vries");
	}

	@Test
	void beforeVerbredenACraftedReportIsForbidden() throws Exception {
		String early = this.doetanks.active(this.trekker, this.coach);

		this.mvc.perform(get("/doetanks/" + early + "/overgenomen/nieuw").with(user(this.member)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/doetanks/" + early + "/overgenomen").with(user(this.trekker))
				.with(csrf())
				.param("organisation", "Gemeente Vroeg")
				.param("takenUp", "Alles")
				.param("since", TestDoetanks.today().toString())
				.param("contactIsMe", "true"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/overgenomen").with(csrf())
				.param("organisation", "Gemeente Anoniem")
				.param("takenUp", "Alles")
				.param("since", TestDoetanks.today().toString())
				.param("contactName", "Niemand"))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));

		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + early))).has("#overgenomen")).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM adopter WHERE organisation IN (?, ?)", Long.class,
				"Gemeente Vroeg", "Gemeente Anoniem"))
			.isZero();
	}

	@Test
	void whoReportedItCorrectsItAndOnlyATrekkerRemovesIt() throws Exception {
		this.mvc.perform(report(this.member, "Gemeente Deventer").param("contactIsMe", "true"))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("SELECT id FROM adopter WHERE doetank_id = ?", Long.class, doetankId());
		String base = "/doetanks/" + this.slug + "/overgenomen/" + id;

		Html form = Html
			.of(this.mvc.perform(get(base + "/bewerken").with(user(this.member))).andExpect(status().isOk()));
		assertThat(form.value("organisation")).isEqualTo("Gemeente Deventer");
		assertThat(form.isChecked("contactIsMe", "true")).isTrue();
		for (MemberPrincipal other : List.of(this.trekker, this.coach, this.people.beheerder("Bas Beheerder"))) {
			this.mvc.perform(get(base + "/bewerken").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(change(base, other, "Gemeente Olst")).andExpect(status().isForbidden());
		}
		this.mvc.perform(change(base, this.member, "Gemeente Olst-Wijhe"))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#overgenomen"))
			.andExpect(flash().attribute("flashSuccess", "adopter.changed"));
		Html own = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.member))));
		assertThat(own.text("#overgenomen .adopter__organisation")).isEqualTo("Gemeente Olst-Wijhe");
		assertThat(own.links(".adopter__actions")).containsExactly(base + "/bewerken");

		for (MemberPrincipal other : List.of(this.member, this.coach)) {
			this.mvc.perform(get(base + "/verwijderen").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(post(base + "/verwijderen").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		Html trekkerPage = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))));
		assertThat(trekkerPage.links(".adopter__actions")).containsExactly(base + "/verwijderen");
		Html confirmation = Html
			.of(this.mvc.perform(get(base + "/verwijderen").with(user(this.trekker))).andExpect(status().isOk()));
		assertThat(confirmation.text("main p")).contains("„Gemeente Olst-Wijhe”");
		this.mvc.perform(post(base + "/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "adopter.removed"));
		// The confirmation sent twice: no error, and the count is not taken twice.
		this.mvc.perform(post(base + "/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#overgenomen"));
		assertThat(adopterCount()).isZero();
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug))).has("#overgenomen .adopter")).isFalse();
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndTheInputIsKept() throws Exception {
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/overgenomen").with(user(this.member))
				.with(csrf())
				.param("organisation", "")
				.param("takenUp", "De werkwijze.")
				.param("since", TestDoetanks.today().plusDays(1).toString())
				.param("contactName", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "since", "adopter.rule.inFuture"))
			.andExpect(model().attributeHasFieldErrorCode("form", "contactName", "adopter.rule.noContact"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("organisation")).isEqualTo("Vul dit veld in.");
				assertThat(form.fieldError("contactName"))
					.isEqualTo("Vul de naam van een contactpersoon in, of vink aan dat jij het bent.");
				assertThat(form.value("takenUp")).isEqualTo("De werkwijze.");
				assertThat(form.value("since")).isEqualTo(TestDoetanks.today().plusDays(1).toString());
				assertThat(form.errorSummary()).hasSize(3);
			});
		assertThat(adopterCount()).isZero();
	}

	@Test
	void aFinishedDoetankInvitesOthersToGetInTouch() throws Exception {
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.AFRONDEN), this.coach);

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)).andExpect(status().isOk()));
		assertThat(page.text("#overgenomen .adopter-invite h3")).isEqualTo("Wil je dit ook?");
		assertThat(page.links("#overgenomen")).containsExactly("/doetanks/" + this.slug + "/bericht",
				"/doetanks/" + this.slug + "/overgenomen/nieuw");
		assertThat(page.linkTexts("/doetanks/" + this.slug + "/bericht"))
			.containsExactly("Neem contact op met het team");
		this.mvc.perform(report(this.member, "Gemeente Na Afloop").param("contactIsMe", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(adopterCount()).isEqualTo(1);
	}

	@Test
	void theListFiltersOnWhatWasTakenUpElsewhere() throws Exception {
		String notTakenUp = this.doetanks.inPhase(Phase.VERBREDEN, this.trekker, this.coach);
		this.mvc.perform(report(this.member, "Provincie Overijssel").param("contactIsMe", "true"))
			.andExpect(status().is3xxRedirection());

		Html list = Html.of(this.mvc.perform(get("/doetanks").param("overgenomen", "ja")).andExpect(status().isOk()));
		List<String> expected = this.jdbc.queryForList("""
				SELECT '/doetanks/' || slug FROM doetank
				WHERE adopter_count > 0 AND status IN ('ACTIEF', 'AFGEROND', 'GESTOPT')
				ORDER BY status, title LIMIT 12""", String.class);
		long total = this.jdbc.queryForObject("""
				SELECT count(*) FROM doetank WHERE adopter_count > 0 AND status IN ('ACTIEF', 'AFGEROND', 'GESTOPT')
				AND adopter_count = (SELECT count(*) FROM adopter a WHERE a.doetank_id = doetank.id)""", Long.class);
		assertThat(list.links(".card__title a")).containsExactlyElementsOf(expected);
		assertThat(list.texts(".card .badge--adopted")).hasSize(expected.size()).containsOnly("Overgenomen elders");
		assertThat(list.text(".result-count")).startsWith(String.valueOf(total));
		assertThat(list.isChecked("overgenomen", "ja")).isTrue();
		assertThat(this.jdbc.queryForList("SELECT slug FROM doetank WHERE slug IN (?, ?) AND adopter_count > 0",
				String.class, this.slug, notTakenUp))
			.containsExactly(this.slug);
		Html all = Html.of(this.mvc.perform(get("/doetanks")));
		assertThat(all.isChecked("overgenomen", "ja")).isFalse();
	}

	@Test
	void theExportHoldsWhatAMemberReportedAndErasureTakesTheirNameAlong() throws Exception {
		this.mvc.perform(report(this.member, "Waterschap Vechtstromen").param("contactIsMe", "true"))
			.andExpect(status().is3xxRedirection());
		String body = this.mvc.perform(get("/mijn/gegevens").with(user(this.member)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode route = JsonMapper.builder().build().readTree(body).path("route");
		assertThat(route.path("adopters_recorded").get(0).path("organisation").asString())
			.isEqualTo("Waterschap Vechtstromen");
		assertThat(route.path("adopters_recorded").get(0).path("contact_is_you").asBoolean()).isTrue();
		assertThat(route.path("adopters_as_contact")).hasSize(1);

		this.mvc.perform(erase(this.member, "true")).andExpect(redirectedUrl("/account-verwijderd"));
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.text("#overgenomen .adopter__organisation")).isEqualTo("Waterschap Vechtstromen");
		assertThat(page.text("#overgenomen")).doesNotContain("Olga Overnemer", "contactpersoon");
		assertThat(adopterCount()).isEqualTo(1);

		MemberPrincipal leaving = this.people.member("Vera Vertrekker " + this.run);
		this.mvc.perform(report(leaving, "Gemeente Hardenberg").param("contactName", "Jan Jansen"))
			.andExpect(status().is3xxRedirection());
		assertThat(adopterCount()).isEqualTo(2);
		this.mvc.perform(erase(leaving, "false")).andExpect(redirectedUrl("/account-verwijderd"));
		assertThat(this.jdbc.queryForList("SELECT organisation FROM adopter WHERE doetank_id = ?", String.class,
				doetankId()))
			.containsExactly("Waterschap Vechtstromen");
		assertThat(adopterCount()).isEqualTo(1);
	}

	@Test
	void theDoetankPageCostsTheSameWithOneOrManyAdopters() throws Exception {
		long none = statementsFor(get("/doetanks/" + this.slug).with(user(this.trekker)));
		this.mvc.perform(report(this.member, "Gemeente Een").param("contactIsMe", "true"))
			.andExpect(status().is3xxRedirection());
		long one = statementsFor(get("/doetanks/" + this.slug).with(user(this.trekker)));
		for (int i = 0; i < 6; i++) {
			MemberPrincipal other = this.people.member("Overnemer " + i);
			this.mvc
				.perform(report(other, "Gemeente " + i).param("contactIsMe", String.valueOf(i % 2 == 0))
					.param("contactName", "Contact " + i))
				.andExpect(status().is3xxRedirection());
		}

		assertThat(statementsFor(get("/doetanks/" + this.slug).with(user(this.trekker))))
			.as("the adopters and their contacts' names: one lookup each, whatever their number")
			.isEqualTo(one)
			.isEqualTo(none + 1);
		long early = statementsFor(
				get("/doetanks/" + this.doetanks.active(this.trekker, this.coach)).with(user(this.trekker)));
		assertThat(early).as("no lookup before verbreden").isLessThan(one);
	}

	private MockHttpServletRequestBuilder report(MemberPrincipal who, String organisation) {
		return post("/doetanks/" + this.slug + "/overgenomen").with(user(who))
			.with(csrf())
			.param("organisation", organisation)
			.param("takenUp", "Het aanvraagformulier en de werkwijze.")
			.param("since", TestDoetanks.today().minusMonths(2).toString());
	}

	private MockHttpServletRequestBuilder change(String base, MemberPrincipal who, String organisation) {
		return post(base + "/bewerken").with(user(who))
			.with(csrf())
			.param("organisation", organisation)
			.param("takenUp", "Het formulier.")
			.param("since", TestDoetanks.today().toString())
			.param("contactIsMe", "true");
	}

	private MockHttpServletRequestBuilder erase(MemberPrincipal who, String keepContent) {
		return post("/mijn/account/verwijderen").param("keepContent", keepContent)
			.param("password", TestPeople.PASSWORD)
			.param("confirmed", "true")
			.with(user(who))
			.with(csrf());
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statements.count();
	}

	private Long doetankId() {
		return this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, this.slug);
	}

	private int adopterCount() {
		return this.jdbc.queryForObject("SELECT adopter_count FROM doetank WHERE slug = ?", Integer.class, this.slug);
	}

	private String emailOf(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, member.id());
	}

}
