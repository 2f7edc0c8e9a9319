package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Doetank pages as people see them, on the real database. */
@IntegrationTest
class DoetankPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankHistory history;

	@Test
	void theHomePageShowsAMembersOwnDoetanksAsCards() throws Exception {
		MemberPrincipal trekker = this.people.member("Hanna Home");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));

		Html home = Html.of(this.mvc.perform(get("/").with(user(trekker))).andExpect(status().isOk()));

		assertThat(home.links("#mijn-titel + .card-grid .card__title a")).containsExactly("/doetanks/" + slug);
		assertThat(home.text("#mijn-titel + .card-grid .badge")).isEqualTo("Actief");
		assertThat(home.text("#mijn-titel + .card-grid .phase-steps__label")).startsWith("Fase 1 van 6");
	}

	@Test
	void theAgendaTheToolkitAndTheBlogEachOfferTheirOwnButtonsOnTheDoetankPage() throws Exception {
		MemberPrincipal trekker = this.people.member("Tom Trekker");
		MemberPrincipal coach = this.people.coach("Coby Coach");
		String slug = this.doetanks.active(trekker, coach);
		String plan = "/agenda/nieuw?doetank=" + slug;
		String record = "/doetanks/" + slug + "/werkvormen";
		String blog = "/doetanks/" + slug + "/blog/nieuw";
		String beschouwing = blog + "?soort=beschouwing";

		assertThat(linksOn(get("/doetanks/" + slug).with(user(trekker)))).contains(plan, record, blog)
			.doesNotContain(beschouwing);
		assertThat(linksOn(get("/doetanks/" + slug).with(user(coach)))).contains(record, blog, beschouwing)
			.doesNotContain(plan);
		assertThat(linksOn(get("/doetanks/" + slug).with(user(this.people.member("Olga Outsider")))))
			.doesNotContain(plan, record, blog, beschouwing);
		assertThat(linksOn(get("/doetanks/" + slug))).doesNotContain(plan, record, blog, beschouwing);
	}

	@Test
	void aStoppedDoetankShowsWhyItStoppedAndWhatWasLearnt() throws Exception {
		String slug = recordStopped("Groen in de wijk", Theme.WIJK_EN_PARTICIPATIE);

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug)).andExpect(status().isOk()));
		assertThat(page.text("#gestopt-titel")).isEqualTo("Waarom deze Doetank stopte");
		assertThat(page.text(".stopped")).contains("De oplossing bespaarde geen geld.")
			.contains("Toets de business case eerder.");
	}

	@Test
	void stoppedDoetanksAreTheNetworksLessonsSearchableByPhaseAndWords() throws Exception {
		String stopped = recordStopped("Leegstaande panden " + UUID.randomUUID(), Theme.RUIMTE_EN_VASTGOED);

		assertThat(Html.of(this.mvc.perform(get("/doetanks/lessen")).andExpect(status().isOk())).text("h1"))
			.isEqualTo("Wat we leerden van Doetanks die stopten");
		Html found = Html.of(this.mvc
			.perform(get("/doetanks/lessen").param("fase", "ADOPTEREN").param("zoek", "bespaarde geen geld")));
		assertThat(found.links(".lessons")).contains("/doetanks/" + stopped);
		assertThat(found.text(".lessons")).contains("Toets de business case eerder.");
		assertThat(linksOn(get("/doetanks/lessen").param("fase", "INITIEREN").param("zoek", "bespaarde geen geld")))
			.doesNotContain("/doetanks/" + stopped);
		assertThat(linksOn(get("/doetanks/lessen").param("zoek", "100%_geen_treffer")))
			.doesNotContain("/doetanks/" + stopped);
	}

	@Test
	void theListFiltersByPhaseStatusAndTheme() throws Exception {
		String stopped = recordStopped("Filterbaar gestopt", Theme.INNOVATIE_EN_TECHNOLOGIE);

		assertThat(linksOn(get("/doetanks").param("status", "GESTOPT").param("thema", "INNOVATIE_EN_TECHNOLOGIE")))
			.contains("/doetanks/" + stopped);
		assertThat(linksOn(get("/doetanks").param("status", "ACTIEF").param("thema", "INNOVATIE_EN_TECHNOLOGIE")))
			.doesNotContain("/doetanks/" + stopped);
		assertThat(linksOn(get("/doetanks").param("fase", "VERBREDEN").param("thema", "INNOVATIE_EN_TECHNOLOGIE")))
			.doesNotContain("/doetanks/" + stopped);
		assertThat(linksOn(get("/doetanks").param("fase", "ADOPTEREN").param("thema", "INNOVATIE_EN_TECHNOLOGIE")))
			.contains("/doetanks/" + stopped);
	}

	@Test
	void proposalsNeverAppearInTheList() throws Exception {
		String proposal = this.doetanks.proposal(this.people.member("Paula Voorstel"));

		assertThat(linksOn(get("/doetanks").param("status", "VOORSTEL"))).doesNotContain("/doetanks/" + proposal);
	}

	@Test
	void unknownFilterValuesAndPageNumbersDoNotBreakTheList() throws Exception {
		this.doetanks.active(this.people.member("Tim Trekker"), this.people.coach("Cas Coach"));
		this.mvc.perform(get("/doetanks").param("fase", "BESTAAT-NIET").param("pagina", "-3"))
			.andExpect(status().isOk());
		Html lastPage = Html.of(this.mvc.perform(get("/doetanks").param("pagina", "9999")).andExpect(status().isOk()));
		assertThat(lastPage.has(".empty")).isFalse();
		assertThat(lastPage.text()).doesNotContain("Geen Doetanks die bij deze filters passen");
	}

	@Test
	void htmlTypedIntoAVraagstukIsShownAsText() throws Exception {
		MemberPrincipal author = this.people.member("Xander Script");
		this.mvc
			.perform(post("/doetanks/nieuw").with(user(author))
				.with(csrf())
				.param("title", "<img src=x onerror=alert(1)> Veilig " + UUID.randomUUID())
				.param("vraagstuk", "<script>alert('vraagstuk')</script>")
				.param("theme", "DIENSTVERLENING")
				.param("organisation", "<b>Gemeente</b>"))
			.andExpect(status().is3xxRedirection());
		// Waiting proposals are listed oldest first: the newest is on the last page.
		Html page = Html
			.of(this.mvc.perform(get("/coach").param("pagina", "9999").with(user(this.people.coach("Cor Coach")))));

		assertThat(page.all("script")).isEmpty();
		assertThat(page.all("main img")).isEmpty();
		assertThat(page.all("main b")).isEmpty();
		assertThat(page.text("main")).contains("<script>alert('vraagstuk')</script>")
			.contains("<img src=x onerror=alert(1)> Veilig");
	}

	@Test
	void anEmptyMotivationReShowsTheDoetankPageWithAMessage() throws Exception {
		String slug = this.doetanks.active(this.people.member("Tessa Trekker"), this.people.coach("Cor Coach"));

		this.mvc
			.perform(post("/doetanks/" + slug + "/aanmelden").with(user(this.people.member("Rik")))
				.with(csrf())
				.param("motivation", "   "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("joinForm", "motivation", "NotBlank"))
			.andExpect((result) -> assertThat(Html.of(result).fieldError("motivation")).isEqualTo("Vul dit veld in."));
	}

	@Test
	void theTrekkerSeesPendingRequestsAndTheRequesterSeesTheOutcome() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal requester = this.people.member("Rik Aanvrager");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		this.mvc.perform(post("/doetanks/" + slug + "/aanmelden").with(user(requester))
			.with(csrf())
			.param("motivation", "Ik ken de eindgebruikers goed."));

		Html forTrekker = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(trekker))));
		assertThat(forTrekker.text("#aanvragen-titel")).isEqualTo("Aanvragen om mee te doen");
		assertThat(forTrekker.text(".request")).contains("Rik Aanvrager").contains("Ik ken de eindgebruikers goed.");
		Html forRequester = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(requester))));
		assertThat(forRequester.text(".own-request")).contains("De trekker beslist er nog over.");
		assertThat(forRequester.has("#aanvragen-titel")).isFalse();
		assertThat(forRequester.text()).doesNotContain("Aanvragen om mee te doen");

		Long requestId = this.doetanks.pendingRequestId(slug, requester);
		this.mvc.perform(post("/doetanks/" + slug + "/aanvragen/" + requestId + "/afwijzen").with(user(trekker))
			.with(csrf())
			.param("note", "We zitten vol."));

		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(requester)))).text(".own-request"))
			.contains("De trekker heeft je aanvraag afgewezen.")
			.contains("We zitten vol.");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/doetanks")).andExpect(result -> {
			var response = result.getResponse();
			assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		});
	}

	@Test
	void theSiteSpeaksDutchByDefaultAndEnglishOnRequest() throws Exception {
		Html dutch = Html.of(this.mvc.perform(get("/doetanks")));
		assertThat(dutch.lang()).isEqualTo("nl");
		assertThat(dutch.text(".filters button")).isEqualTo("Toon Doetanks");
		Html english = Html.of(this.mvc.perform(get("/doetanks?lang=en")));
		assertThat(english.lang()).isEqualTo("en");
		assertThat(english.text(".filters button")).isNotBlank().isNotEqualTo("Toon Doetanks");
		assertThat(english.text()).doesNotContain("Toon Doetanks");
		assertThat(Html.of(this.mvc.perform(get("/doetanks?lang=xx"))).lang()).isEqualTo("nl");
	}

	/** Where the links on the page lead. */
	private List<String> linksOn(RequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request).andExpect(status().isOk())).links();
	}

	private String recordStopped(String title, Theme theme) {
		MemberPrincipal trekker = this.people.member("Greet Gestopt");
		String slug = "gestopt-" + UUID.randomUUID();
		this.history.record(new HistoricalDoetank(slug,
				new DoetankDetails(title, "Het groen in de wijk werd slecht onderhouden. Bewoners wilden helpen.", null,
						theme, List.of("Gemeente Testdorp"), EnumSet.noneOf(LookingFor.class), null),
				Phase.ADOPTEREN, DoetankStatus.GESTOPT, null, null, null, null, "De oplossing bespaarde geen geld.",
				"Toets de business case eerder.", false,
				List.of(new TeamMember(trekker.id(), MembershipRole.TREKKER))));
		return slug;
	}

}
