package nl.clubhuis.doetank;

import java.time.LocalDate;

import nl.clubhuis.doetank.domain.Doetank;

import nl.clubhuis.route.GateReviewCommand;
import nl.clubhuis.route.GateReviewService;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
 * The trekker and the coaches keep a Doetank's page current: every save that changes
 * something is one revision in its history, a stale save is a conflict that keeps what
 * was typed, and nobody else gets in.
 */
@IntegrationTest
class DoetankEditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	GateReviewService reviews;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal reader;

	@Test
	void theTrekkerSeesTheFormFilledInAndSavesWhatTheTeamIsLookingForAsOneRevision() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		Long juridisch = term("juridisch");

		Html form = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(trekker)))
			.andExpect(status().isOk()));
		assertThat(form.value("title")).startsWith("Voorstel ");
		assertThat(form.label("vraagstuk")).isEqualTo("Het vraagstuk");
		assertThat(form.has("[name=typology]")).as("the coach's estimate is not the trekker's").isFalse();

		this.mvc
			.perform(filled(slug, trekker, "lookingFor", "LEDEN|OPDRACHTGEVER", "expertise", juridisch.toString(),
					"lookingForNote", "Iemand die het omgevingsrecht kent."))
			.andExpect(redirectedUrl("/doetanks/" + slug))
			.andExpect(flash().attribute("flashSuccess", "doetank.edit.saved"));

		assertThat(revisions(slug)).isEqualTo(1);
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(trekker))).andExpect(status().isOk()));
		assertThat(page.texts("#zoekt-expertise li")).containsExactly("Juridisch");
		assertThat(page.text("#geschiedenis")).contains("Tessa Trekker", "wie het team zoekt", "gezochte expertise",
				"toelichting bij wat het team zoekt");
		assertThat(page.has("#bewerken")).isTrue();
		Html english = Html.of(this.mvc
			.perform(get("/doetanks/" + slug).cookie(new jakarta.servlet.http.Cookie("clubhuis-taal", "en")))
			.andExpect(status().isOk()));
		assertThat(english.texts("#zoekt-expertise li")).containsExactly("Legal");
	}

	@Test
	void theTrekkerRevisesTheAnswersToTheIntakesQuestionsAndTheHistoryNamesThem() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));

		this.mvc
			.perform(filled(slug, trekker, "answerProblemOwner", "Het Wmo-loket van Zwolle.", "answerOrigin",
					"PROBLEEM"))
			.andExpect(flash().attribute("flashSuccess", "doetank.edit.saved"));

		Html form = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(trekker)))
			.andExpect(status().isOk()));
		assertThat(form.value("answerProblemOwner")).isEqualTo("Het Wmo-loket van Zwolle.");
		assertThat(form.checked("answerOrigin")).containsExactly("PROBLEEM");
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(trekker))).andExpect(status().isOk()));
		assertThat(page.text("#geschiedenis")).contains("wie het probleem heeft", "probleem of idee");
	}

	@Test
	void savingWithoutChangesWritesNoRevision() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));

		this.mvc.perform(filled(slug, trekker)).andExpect(flash().attribute("flashSuccess", "doetank.edit.unchanged"));

		assertThat(revisions(slug)).isZero();
	}

	@Test
	void aCoachOfTheDoetankSetsTypologyAndUrgencyAndTheHistoryShowsOldAndNew() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.active(trekker, coach);

		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(coach))).andExpect(status().isOk()));
		assertThat(form.has("[name=typology]")).isTrue();
		this.mvc
			.perform(filled(slug, coach, "typology", "MO|OB", "urgency", "HOOG", "vraagstuk",
					"Een scherper vraagstuk dan eerst."))
			.andExpect(redirectedUrl("/doetanks/" + slug));

		Doetank doetank = this.doetanks.load(slug, coach);
		assertThat(doetank.getTypology()).isEqualTo("MO · OB");
		assertThat(doetank.getUrgency()).isEqualTo("hoog");
		assertThat(revisions(slug)).isEqualTo(1);
		Html history = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/geschiedenis")).andExpect(status().isOk()));
		assertThat(history.texts(".revision dt")).containsExactly("vraagstuk", "typering", "urgentie");
		assertThat(history.text(".revision__old .prose")).startsWith("Professionals lopen vast");
		assertThat(history.text(".revision__new .prose")).isEqualTo("Een scherper vraagstuk dan eerst.");
		assertThat(history.text(".revision__title")).contains("Cor Coach");
	}

	@Test
	void othersAreRefusedAndAnUnknownOrHiddenDoetankIsNotFound() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		String proposal = this.doetanks.proposal(trekker);
		MemberPrincipal outsider = this.people.member("Olga Buitenstaander");

		this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(outsider))).andExpect(status().isForbidden());
		this.mvc.perform(filled(slug, outsider, "title", "Gekaapt")).andExpect(status().isForbidden());
		this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(this.people.coach("Nel Netwerkcoach"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/doetanks/bestaat-niet/bewerken").with(user(trekker))).andExpect(status().isNotFound());
		this.mvc.perform(get("/doetanks/" + proposal + "/bewerken").with(user(outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/doetanks/" + proposal + "/geschiedenis").with(user(outsider)))
			.andExpect(status().isNotFound());
		assertThat(revisions(slug)).isZero();
	}

	@Test
	void aBeheerderWhoStepsInIsLogged() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		MemberPrincipal beheerder = this.people.beheerder("Bas Beheerder");

		this.mvc.perform(filled(slug, beheerder, "ambition", "Een ambitie van de beheerder."))
			.andExpect(redirectedUrl("/doetanks/" + slug));

		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_entry a JOIN doetank d ON d.id = a.doetank_id
				WHERE d.slug = ? AND a.detail = 'DOETANK_EDITED' AND a.actor_id = ?""", Integer.class, slug,
				beheerder.id()))
			.isEqualTo(1);
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndTheRestIsKept() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));

		Html form = Html.of(this.mvc
			.perform(filled(slug, trekker, "title", " ", "startDate", "morgen", "organisations", "x".repeat(201),
					"ambition", "Mijn nieuwe ambitie"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "startDate", "organisations")));

		assertThat(form.fieldError("title")).isEqualTo("Vul dit veld in.");
		assertThat(form.fieldError("startDate")).isEqualTo("Vul een geldige datum in.");
		assertThat(form.fieldError("organisations")).isEqualTo("Gebruik hooguit 200 tekens per organisatie.");
		assertThat(form.value("ambition")).isEqualTo("Mijn nieuwe ambitie");
		assertThat(revisions(slug)).isZero();
	}

	@Test
	void aStartDateStillToComeIsExplainedAndNotSaved() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		LocalDate started = this.doetanks.load(slug, trekker).getStartDate();

		Html form = Html
			.of(this.mvc.perform(filled(slug, trekker, "startDate", TestDoetanks.today().plusDays(1).toString()))
				.andExpect(status().isOk()));

		assertThat(form.fieldError("startDate"))
			.isEqualTo("Een Doetank die nog moet beginnen kan nog niet gestart zijn.");
		assertThat(form.value("startDate")).isEqualTo(TestDoetanks.today().plusDays(1).toString());
		assertThat(this.doetanks.load(slug, trekker).getStartDate()).isEqualTo(started);
		this.mvc.perform(filled(slug, trekker, "startDate", TestDoetanks.today().toString()))
			.andExpect(redirectedUrl("/doetanks/" + slug));
	}

	@Test
	void aSaveOnAnOlderVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal second = this.people.member("Tim Tweedetrekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		this.doetanks.addTrekker(slug, second);
		MockHttpServletRequestBuilder first = filled(slug, trekker, "ambition", "De ambitie van Tessa.");
		MockHttpServletRequestBuilder late = filled(slug, second, "ambition", "De ambitie van Tim.");

		this.mvc.perform(first).andExpect(redirectedUrl("/doetanks/" + slug));
		Html conflict = Html.of(this.mvc.perform(late).andExpect(status().isConflict()));

		assertThat(conflict.text("#conflict")).contains("Iemand anders heeft deze Doetank opgeslagen");
		assertThat(conflict.value("ambition")).isEqualTo("De ambitie van Tim.");
		assertThat(this.doetanks.load(slug, trekker).getAmbition()).isEqualTo("De ambitie van Tessa.");
		assertThat(revisions(slug)).isEqualTo(1);

		// Saving again, knowingly, now goes through.
		this.mvc.perform(
				post("/doetanks/" + slug + "/bewerken").with(user(second)).with(csrf()).params(formParams(conflict)))
			.andExpect(redirectedUrl("/doetanks/" + slug));
		assertThat(this.doetanks.load(slug, trekker).getAmbition()).isEqualTo("De ambitie van Tim.");
		assertThat(revisions(slug)).isEqualTo(2);
	}

	@Test
	void theSameFormSentTwiceIsSavedOnceWithoutAConflict() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		MockHttpServletRequestBuilder click = filled(slug, trekker, "ambition", "Eén keer opgeslagen.");

		this.mvc.perform(click).andExpect(redirectedUrl("/doetanks/" + slug));
		this.mvc.perform(click)
			.andExpect(redirectedUrl("/doetanks/" + slug))
			.andExpect(flash().attribute("flashSuccess", "doetank.edit.saved"));

		assertThat(this.doetanks.load(slug, trekker).getAmbition()).isEqualTo("Eén keer opgeslagen.");
		assertThat(revisions(slug)).isEqualTo(1);
	}

	@Test
	void aVraagstukRewrittenByTheGatekeepersOverlegIsInTheSameHistory() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.inPhase(Phase.SCHETSEN, trekker, coach);
		GateReviewCommand review = this.doetanks.review(slug, GateDecision.Kind.HERFORMULEREN);

		this.reviews.record(slug, review, coach);

		assertThat(revisions(slug)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT r.cause FROM doetank_revision r JOIN doetank d ON d.id = r.doetank_id WHERE d.slug = ?""",
				String.class, slug))
			.isEqualTo("HERFORMULEREN");
		Html history = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/geschiedenis")).andExpect(status().isOk()));
		assertThat(history.text(".revision__title")).contains("herformuleerd door het gatekeepers-overleg",
				"Cor Coach");
		assertThat(history.text(".revision__new .prose")).isEqualTo("Een scherper vraagstuk.");
	}

	@Test
	void theHistoryIsPaginated() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		for (int i = 0; i < 21; i++) {
			this.mvc.perform(filled(slug, trekker, "lookingForNote", "Versie " + i))
				.andExpect(redirectedUrl("/doetanks/" + slug));
		}

		Html first = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/geschiedenis")).andExpect(status().isOk()));
		Html second = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/geschiedenis").param("pagina", "2"))
			.andExpect(status().isOk()));

		assertThat(first.all("li.revision")).hasSize(20);
		assertThat(first.texts(".revision__new .prose").get(0)).isEqualTo("Versie 20");
		assertThat(second.all("li.revision")).hasSize(1);
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug)).andExpect(status().isOk()));
		assertThat(page.all("#geschiedenis li.revision")).hasSize(3);
	}

	/**
	 * The edit form as it is now, sent by {@code who}, with {@code changes} (name, value
	 * pairs; several values of one field separated by "|") in place of what it held.
	 */
	private MockHttpServletRequestBuilder filled(String slug, MemberPrincipal who, String... changes) throws Exception {
		if (this.reader == null) {
			this.reader = this.people.beheerder("Formulier Lezer");
		}
		Html form = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(this.reader)))
			.andExpect(status().isOk()));
		MultiValueMap<String, String> params = formParams(form);
		for (int i = 0; i < changes.length; i += 2) {
			params.put(changes[i], List.of(changes[i + 1].split("\\|")));
		}
		return post("/doetanks/" + slug + "/bewerken").with(user(who)).with(csrf()).params(params);
	}

	/** What a browser sends for the edit form on this page. */
	private static MultiValueMap<String, String> formParams(Html form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (Element field : form.all("form.stacked-form [name]")) {
			String name = field.attr("name");
			if (name.startsWith("_")) {
				continue;
			}
			if ("checkbox".equals(field.attr("type")) || "radio".equals(field.attr("type"))) {
				if (field.hasAttr("checked")) {
					params.add(name, field.attr("value"));
				}
			}
			else if (field.normalName().equals("select")) {
				Element chosen = field.selectFirst("option[selected]");
				params.add(name, (chosen != null) ? chosen.attr("value") : "");
			}
			else if (!field.normalName().equals("button")) {
				params.add(name, field.val());
			}
		}
		return params;
	}

	private Long term(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM expertise WHERE slug = ?", Long.class, slug);
	}

	private int revisions(String slug) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM doetank_revision r JOIN doetank d ON d.id = r.doetank_id WHERE d.slug = ?",
				Integer.class, slug);
	}

}
