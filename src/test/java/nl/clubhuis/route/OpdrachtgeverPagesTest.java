package nl.clubhuis.route;

import java.nio.charset.StandardCharsets;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberErased;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
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
 * Roles that act: the opdrachtgever of a Doetank writes a testimonial and evaluation once
 * there is a result (nobody else may), a beheerder may remove it (logged);
 * eindgebruikers' consent to an experiment is recorded while the Doetank experiments and
 * named only to the team; both are in the member's export and leave with the member.
 */
@IntegrationTest
class OpdrachtgeverPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TeamGuests guests;

	@Autowired
	MemberDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void theOpdrachtgeverWritesATestimonialThatShowsOnTheDoetankPageAndInTheFigures() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		MemberPrincipal opdrachtgever = this.people.member("Olga Opdrachtgever");
		String slug = this.doetanks.inPhase(Phase.EVALUEREN, trekker, coach);
		this.doetanks.addMember(slug, opdrachtgever, MembershipRole.OPDRACHTGEVER);

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(opdrachtgever))));
		assertThat(page.links("#opdrachtgever")).containsExactly("/doetanks/" + slug + "/opdrachtgever");
		Html form = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/opdrachtgever").with(user(opdrachtgever)))
			.andExpect(status().isOk()));
		assertThat(form.text("h1")).isEqualTo("Wat de opdrachtgever zegt");
		assertThat(form.options("outcome")).contains("INGEVOERD", "DEELS", "NIET");

		this.mvc.perform(write(slug, opdrachtgever, "Dit **scheelt** ons weken.", "DEELS", null))
			.andExpect(redirectedUrl("/doetanks/" + slug + "#opdrachtgever"))
			.andExpect(flash().attribute("flashSuccess", "opdrachtgever.testimonial.saved"));
		// The same form sent twice changes nothing.
		this.mvc.perform(write(slug, opdrachtgever, "Dit **scheelt** ons weken.", "DEELS", null))
			.andExpect(status().is3xxRedirection());

		Html visitor = Html.of(this.mvc.perform(get("/doetanks/" + slug)).andExpect(status().isOk()));
		assertThat(visitor.text("#opdrachtgever h2")).isEqualTo("Wat de opdrachtgever zegt");
		assertThat(visitor.text(".testimonial__quote strong")).isEqualTo("scheelt");
		assertThat(visitor.text(".testimonial__by")).isEqualTo("— Olga Opdrachtgever, opdrachtgever");
		assertThat(visitor.links(".testimonial__by")).as("a profile for members only").isEmpty();
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(trekker)))).links(".testimonial__by"))
			.containsExactly(profileOf(opdrachtgever));
		assertThat(visitor.text(".testimonial__outcome")).isEqualTo("Het resultaat: Wordt deels ingevoerd");
		assertThat(visitor.has(".testimonial form")).as("only a beheerder removes").isFalse();

		Html edit = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/opdrachtgever").with(user(opdrachtgever))));
		assertThat(edit.value("quote")).isEqualTo("Dit **scheelt** ons weken.");
		String version = edit.value("version");
		this.mvc.perform(write(slug, opdrachtgever, "Het werkt.", "INGEVOERD", version))
			.andExpect(status().is3xxRedirection());
		// A second tab still holds the old version: told so, with what was typed kept.
		this.mvc.perform(write(slug, opdrachtgever, "Toch niet.", "NIET", version))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect((result) -> assertThat(Html.of(result).value("quote")).isEqualTo("Toch niet."));
		assertThat(this.jdbc.queryForList("SELECT outcome FROM opdrachtgever_testimonial WHERE author_id = ?",
				String.class, opdrachtgever.id()))
			.containsExactly("INGEVOERD");

		Html figures = Html.of(this.mvc.perform(get("/cijfers")).andExpect(status().isOk()));
		assertThat(figures.text("#fig-opdrachtgevers")).isEqualTo("Wat opdrachtgevers zeggen");
		assertThat(figures.texts("#opdrachtgevers thead th")).containsExactly("Jaar", "Testimonials", "Wordt ingevoerd",
				"Wordt deels ingevoerd", "Wordt niet ingevoerd");
		assertThat(figures.texts("#opdrachtgevers .testimonial__quote")).contains("Het werkt.");
		assertThat(figures.links("#opdrachtgevers figcaption")).contains("/doetanks/" + slug);
	}

	@Test
	void onlyTheOpdrachtgeverOfThatDoetankWritesAndOnlyOnceThereIsAResult() throws Exception {
		MemberPrincipal trekker = this.people.member("Tim Trekker");
		MemberPrincipal coach = this.people.coach("Cas Coach");
		MemberPrincipal opdrachtgever = this.people.member("Otto Opdrachtgever");
		String evaluating = this.doetanks.inPhase(Phase.EVALUEREN, trekker, coach);
		String other = this.doetanks.inPhase(Phase.EVALUEREN, trekker, coach);
		String early = this.doetanks.inPhase(Phase.EXPERIMENTEREN, trekker, coach);
		this.doetanks.addMember(other, opdrachtgever, MembershipRole.OPDRACHTGEVER);
		this.doetanks.addMember(early, opdrachtgever, MembershipRole.OPDRACHTGEVER);

		this.mvc.perform(write(evaluating, opdrachtgever, "Ik hoor hier niet.", "NIET", null))
			.andExpect(status().isForbidden());
		this.mvc.perform(write(evaluating, trekker, "Ik ben de trekker.", "INGEVOERD", null))
			.andExpect(status().isForbidden());
		this.mvc.perform(write(evaluating, this.people.beheerder("Bea Beheer"), "Namens hen.", "INGEVOERD", null))
			.andExpect(status().isForbidden());
		this.mvc.perform(write(early, opdrachtgever, "Te vroeg.", "INGEVOERD", null)).andExpect(status().isConflict());
		this.mvc.perform(write(other, opdrachtgever, "", "", null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "quote", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "outcome", "NotNull"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM opdrachtgever_testimonial WHERE author_id = ?",
				Long.class, opdrachtgever.id()))
			.isZero();
	}

	@Test
	void aBeheerderRemovesATestimonialAndThatIsLogged() throws Exception {
		MemberPrincipal opdrachtgever = this.people.member("Oda Opdrachtgever");
		String slug = this.doetanks.inPhase(Phase.VERBREDEN, this.people.member("Toon Trekker"),
				this.people.coach("Cato Coach"));
		this.doetanks.addMember(slug, opdrachtgever, MembershipRole.OPDRACHTGEVER);
		this.mvc.perform(write(slug, opdrachtgever, "Mooi werk.", "INGEVOERD", null))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("SELECT id FROM opdrachtgever_testimonial WHERE author_id = ?", Long.class,
				opdrachtgever.id());
		MemberPrincipal beheerder = this.people.beheerder("Bram Beheer");

		this.mvc.perform(remove(slug, id, opdrachtgever)).andExpect(status().isForbidden());
		Html asBeheerder = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(beheerder))));
		assertThat(asBeheerder.one(".testimonial form button").attr("aria-label"))
			.isEqualTo("Testimonial van Oda Opdrachtgever verwijderen");
		this.mvc.perform(remove(slug, id, beheerder))
			.andExpect(flash().attribute("flashSuccess", "opdrachtgever.testimonial.removed"));
		this.mvc.perform(remove(slug, id, beheerder)).andExpect(status().is3xxRedirection());

		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + slug))).has("#opdrachtgever")).isFalse();
		assertThat(this.jdbc.queryForList(
				"SELECT detail FROM audit_entry WHERE kind = 'STEPPED_IN' AND actor_id = ? AND detail = ?",
				String.class, beheerder.id(), "TESTIMONIAL_REMOVED"))
			.hasSize(1);
	}

	@Test
	void theTeamRecordsConsentWhileExperimentingAndOnlyTheTeamSeesWho() throws Exception {
		MemberPrincipal trekker = this.people.member("Tara Trekker");
		MemberPrincipal coach = this.people.coach("Coen Coach");
		MemberPrincipal eindgebruiker = this.people.member("Eef Eindgebruiker");
		MemberPrincipal other = this.people.member("Evi Ander");
		String slug = this.doetanks.inPhase(Phase.EXPERIMENTEREN, trekker, coach);
		this.doetanks.addMember(slug, eindgebruiker, MembershipRole.EINDGEBRUIKER);
		this.doetanks.addMember(slug, other, MembershipRole.EINDGEBRUIKER);
		Long guest = this.guests.add(slug, "Inwoner Noord", null, MembershipRole.EINDGEBRUIKER, trekker);

		Html form = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/toestemming").with(user(trekker)))
			.andExpect(status().isOk()));
		assertThat(form.options("who")).containsExactly("", "lid-" + eindgebruiker.id(), "lid-" + other.id(),
				"gast-" + guest);
		assertThat(form.value("givenOn")).isEqualTo(TestDoetanks.today().toString());

		this.mvc.perform(consent(slug, trekker, "gast-" + guest, "Proef met één formulier"))
			.andExpect(redirectedUrl("/doetanks/" + slug + "#toestemming"))
			.andExpect(flash().attribute("flashSuccess", "opdrachtgever.consent.saved"));
		this.mvc.perform(consent(slug, trekker, "gast-" + guest, "Proef met één formulier"))
			.andExpect(status().is3xxRedirection());
		// An eindgebruiker records their own consent, nobody else's.
		Html own = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/toestemming").with(user(eindgebruiker))));
		assertThat(own.options("who")).containsExactly("", "lid-" + eindgebruiker.id());
		this.mvc.perform(consent(slug, eindgebruiker, "lid-" + other.id(), "Proef"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "who", "opdrachtgever.consent.rule.unknown"));
		this.mvc.perform(consent(slug, eindgebruiker, "lid-" + eindgebruiker.id(), "Proef met één formulier"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(consent(slug, coach, "lid-" + other.id(), "Proef", TestDoetanks.today().plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "givenOn", "opdrachtgever.consent.rule.inFuture"));
		this.mvc.perform(consent(slug, this.people.member("Lars Buiten"), "lid-" + other.id(), "Proef"))
			.andExpect(status().isForbidden());

		Html team = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(eindgebruiker))));
		assertThat(team.texts(".consent__who")).containsExactly("Inwoner Noord (zonder account)", "Eef Eindgebruiker");
		assertThat(team.texts(".consent__experiment")).containsOnly("Proef met één formulier");
		Html visitor = Html.of(this.mvc.perform(get("/doetanks/" + slug)));
		assertThat(visitor.text(".consent-count"))
			.isEqualTo("2 keer gaf een eindgebruiker toestemming voor een experiment.");
		assertThat(visitor.has(".consent-list")).isFalse();
		// The team list names its people anyway; who consented to which experiment is the
		// team's.
		assertThat(visitor.text("#toestemming")).doesNotContain("Inwoner Noord")
			.doesNotContain("Eef Eindgebruiker")
			.doesNotContain("Proef met één formulier");

		String export = this.mvc.perform(get("/mijn/gegevens").with(user(eindgebruiker)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode consents = JsonMapper.builder().build().readTree(export).path("route").path("eindgebruiker_consents");
		assertThat(consents).hasSize(1);
		assertThat(consents.get(0).path("your_consent").asBoolean()).isTrue();
		assertThat(export).doesNotContain("Inwoner Noord");

		this.events.publishEvent(new MemberErased(eindgebruiker.id(), true));
		assertThat(this.jdbc.queryForList("SELECT coalesce(guest_name, '-') FROM eindgebruiker_consent c"
				+ " JOIN doetank d ON d.id = c.doetank_id WHERE d.slug = ?", String.class, slug))
			.as("the consent of who left is gone, the guest's stays")
			.containsExactly("Inwoner Noord");
	}

	@Test
	void consentIsRecordedOnlyWhileExperimenting() throws Exception {
		MemberPrincipal trekker = this.people.member("Tjeerd Trekker");
		String slug = this.doetanks.inPhase(Phase.ADOPTEREN, trekker, this.people.coach("Clara Coach"));

		this.mvc.perform(get("/doetanks/" + slug + "/toestemming").with(user(trekker)))
			.andExpect(status().isConflict());
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(trekker)))).has("#toestemming"))
			.isFalse();
	}

	@Test
	void aTestimonialIsInTheExportAndGoesWithWhoTakesWhatTheyWrote() throws Exception {
		MemberPrincipal opdrachtgever = this.people.member("Olaf Opdrachtgever");
		String slug = this.doetanks.inPhase(Phase.EVALUEREN, this.people.member("Truus Trekker"),
				this.people.coach("Cyril Coach"));
		this.doetanks.addMember(slug, opdrachtgever, MembershipRole.OPDRACHTGEVER);
		this.mvc.perform(write(slug, opdrachtgever, "Het werkt bij ons.", "INGEVOERD", null))
			.andExpect(status().is3xxRedirection());

		JsonNode export = JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get("/mijn/gegevens").with(user(opdrachtgever)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(export.path("route").path("opdrachtgever_testimonials").get(0).path("quote").asString())
			.isEqualTo("Het werkt bij ons.");

		this.events.publishEvent(new MemberErased(opdrachtgever.id(), false));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM opdrachtgever_testimonial WHERE author_id = ?",
				Long.class, opdrachtgever.id()))
			.isZero();
	}

	private MockHttpServletRequestBuilder write(String slug, MemberPrincipal who, String quote, String outcome,
			String version) {
		MockHttpServletRequestBuilder request = post("/doetanks/" + slug + "/opdrachtgever").with(user(who))
			.with(csrf())
			.param("quote", quote)
			.param("outcome", outcome)
			.param("evaluation", "Het team leverde wat we afspraken.");
		return (version != null) ? request.param("version", version) : request;
	}

	private MockHttpServletRequestBuilder remove(String slug, Long id, MemberPrincipal who) {
		return post("/doetanks/" + slug + "/opdrachtgever/" + id + "/verwijderen").with(user(who)).with(csrf());
	}

	private MockHttpServletRequestBuilder consent(String slug, MemberPrincipal who, String eindgebruiker,
			String experiment) {
		return consent(slug, who, eindgebruiker, experiment, TestDoetanks.today().toString());
	}

	private MockHttpServletRequestBuilder consent(String slug, MemberPrincipal who, String eindgebruiker,
			String experiment, String givenOn) {
		return post("/doetanks/" + slug + "/toestemming").with(user(who))
			.with(csrf())
			.param("who", eindgebruiker)
			.param("experiment", experiment)
			.param("givenOn", givenOn);
	}

	private String profileOf(MemberPrincipal member) {
		return this.directory.find(member.id()).orElseThrow().profilePath();
	}

}
