package nl.clubhuis.route;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team member asks a supporter to open a door; the supporter hears it by mail and on
 * /mijn, answers once, and the outcome shows in the timeline for the team only. Nobody
 * else answers, withdraws or even sees the requests.
 */
@IntegrationTest
class DoorPagesTest {

	@Autowired
	DoorService doors;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal lid;

	MemberPrincipal supporter;

	String slug;

	@BeforeEach
	void anActiveDoetankWithASupporter() {
		this.trekker = this.people.member("Tessa Trekker");
		this.lid = this.people.member("Lars Lid");
		this.supporter = this.people.member("Sybren Supporter");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Cor Coach"));
		this.doetanks.addMember(this.slug, this.lid, MembershipRole.LID);
		this.doetanks.addMember(this.slug, this.supporter, MembershipRole.SUPPORTER);
	}

	@Test
	void aTeamMemberAsksTheSupporterWhoHearsItByMailAndOnMijnWithoutTheAskersAddress() throws Exception {
		Html form = Html.of(this.mvc.perform(get("/doetanks/" + this.slug + "/deuren/nieuw").with(user(this.lid)))
			.andExpect(status().isOk()));
		assertThat(form.all("input[name=supporter]").eachAttr("value"))
			.containsExactly(String.valueOf(this.supporter.id()), "comite");
		assertThat(form.text("fieldset#supporter")).contains("Sybren Supporter", "Het supportcomité van het netwerk");

		this.mvc.perform(ask(this.lid, String.valueOf(this.supporter.id()), "De directeur-generaal Wonen"))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#deuren"))
			.andExpect(flash().attribute("flashSuccess", "doors.asked"));

		Long id = requestId("De directeur-generaal Wonen");
		Inbox.Mail mail = this.inbox.awaitOne(this.supporter.getUsername());
		String wantedBy = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))
			.format(TestDoetanks.today().plusWeeks(2));
		assertThat(mail.subject()).as("a notification mail, at once by default")
			.startsWith("De Doetank ")
			.endsWith("vraagt je een deur te openen naar De directeur-generaal Wonen");
		assertThat(mail.text()).contains("Beste Sybren Supporter",
				"vraagt je een deur te openen naar De directeur-generaal Wonen (graag vóór: " + wantedBy + ")",
				"Waarom: Zij beslist over de pilot.", "/afmelden");
		assertThat(mail.text() + mail.html()).doesNotContain(this.lid.getUsername());
		assertThat(mail.replyTo()).isNull();
		assertThat(mail.pathOfLink("/deuren/")).isEqualTo("/doetanks/" + this.slug + "/deuren/" + id);

		Html mine = Html.of(this.mvc.perform(get("/mijn").with(user(this.supporter))).andExpect(status().isOk()));
		assertThat(mine.text("main"))
			.contains("Lars Lid vraagt je een deur te openen naar De directeur-generaal Wonen");
		assertThat(mine.links("main")).contains("/doetanks/" + this.slug + "/deuren/" + id);

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))));
		assertThat(page.text("#deuren")).contains("De directeur-generaal Wonen", "Gevraagd", "Sybren Supporter");
	}

	@Test
	void theSupporterAnswersOnceAndTheOutcomeShowsInTheTimelineForTheTeamOnly() throws Exception {
		Long id = asked(this.lid, String.valueOf(this.supporter.id()), "Wethouder Zorg Zwolle");

		this.mvc.perform(answer(this.supporter, id, "GEOPEND", "De wethouder ontvangt het team op 3 maart."))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "/deuren/" + id))
			.andExpect(flash().attribute("flashSuccess", "doors.answered"));
		this.mvc.perform(answer(this.supporter, id, "NIET_MOGELIJK", "Toch niet."))
			.andExpect(flash().attribute("flashSuccess", "doors.alreadyClosed"));

		assertThat(this.jdbc.queryForMap("SELECT state, answer FROM door_request WHERE id = ?", id))
			.containsEntry("state", "GEOPEND")
			.containsEntry("answer", "De wethouder ontvangt het team op 3 maart.");
		Inbox.Mail mail = this.inbox.awaitOne(this.lid.getUsername());
		assertThat(mail.text()).contains("Deur geopend", "De wethouder ontvangt het team op 3 maart.");
		assertThat(mail.text() + mail.html()).doesNotContain(this.supporter.getUsername());

		Html team = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.lid))));
		assertThat(team.text(".timeline .review--door")).contains("Deur geopend", "Wethouder Zorg Zwolle",
				"De wethouder ontvangt het team op 3 maart.");
		for (MemberPrincipal outsider : new MemberPrincipal[] { null, this.people.member("Olga Buiten"),
				this.people.coach("Nora Netwerk") }) {
			MockHttpServletRequestBuilder request = get("/doetanks/" + this.slug);
			Html visitor = Html.of(this.mvc.perform((outsider != null) ? request.with(user(outsider)) : request)
				.andExpect(status().isOk()));
			assertThat(visitor.has("#deuren")).as("the section for %s", outsider).isFalse();
			assertThat(visitor.has(".review--door")).as("the timeline for %s", outsider).isFalse();
			assertThat(visitor.text()).doesNotContain("Wethouder Zorg Zwolle");
		}
		Html own = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/deuren/" + id).with(user(this.supporter))));
		assertThat(own.has("form#beantwoorden")).as("answered: no form any more").isFalse();
		assertThat(own.text("#deur-stand")).isEqualTo("Deur geopend");
	}

	@Test
	void nobodyButTheSupporterAnswersAndNobodyButTheAskerWithdrawsNotEvenWithACraftedPost() throws Exception {
		Long id = asked(this.lid, String.valueOf(this.supporter.id()), "De secretaris-generaal");
		MemberPrincipal outsider = this.people.member("Olga Buiten");
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");

		for (MemberPrincipal other : List.of(this.trekker, this.lid, outsider, beheerder)) {
			this.mvc.perform(answer(other, id, "GEOPEND", "Gelukt.")).andExpect(status().isForbidden());
		}
		for (MemberPrincipal other : List.of(this.trekker, this.supporter, outsider, beheerder)) {
			this.mvc.perform(withdraw(other, id)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/doetanks/" + this.slug + "/deuren/" + id).with(user(outsider)))
			.andExpect(status().isForbidden());
		String otherDoetank = this.doetanks.active(this.people.member("Anna Ander"), this.people.coach("Co Ander"));
		this.doetanks.addMember(otherDoetank, this.supporter, MembershipRole.SUPPORTER);
		this.mvc
			.perform(post("/doetanks/" + otherDoetank + "/deuren/" + id + "/antwoord").param("outcome", "GEOPEND")
				.param("line", "Gelukt.")
				.with(user(this.supporter))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(answer(this.supporter, 999_999_999L, "GEOPEND", "Gelukt.")).andExpect(status().isNotFound());
		assertThat(state(id)).isEqualTo("OPEN");

		this.mvc.perform(withdraw(this.lid, id)).andExpect(flash().attribute("flashSuccess", "doors.withdrawn"));
		this.mvc.perform(withdraw(this.lid, id)).andExpect(flash().attribute("flashSuccess", "doors.alreadyClosed"));
		this.mvc.perform(answer(this.supporter, id, "GEOPEND", "Te laat."))
			.andExpect(flash().attribute("flashSuccess", "doors.alreadyClosed"));
		assertThat(state(id)).isEqualTo("INGETROKKEN");
	}

	@Test
	void outsidersDoNotAskAndTheSameRequestSentTwiceIsKeptOnce() throws Exception {
		this.mvc.perform(get("/doetanks/" + this.slug + "/deuren/nieuw").with(user(this.people.member("Olga Buiten"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(ask(this.people.beheerder("Bea Beheer"), "comite", "Minister van BZK"))
			.andExpect(status().isForbidden());

		this.mvc.perform(ask(this.trekker, "comite", "Minister van BZK")).andExpect(status().is3xxRedirection());
		this.mvc.perform(ask(this.trekker, "comite", "minister van BZK ")).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM door_request WHERE doetank_id = ?", Integer.class,
				doetankId()))
			.isEqualTo(1);
	}

	@Test
	void theSupportcomiteIsReachedThroughTheBeheerdersWhoAnswerForIt() throws Exception {
		MemberPrincipal beheerder = this.people.beheerderWithDefaultMail("Bea Beheer");
		Long id = asked(this.trekker, "comite", "De minister van BZK");

		Inbox.Mail mail = this.inbox.awaitOne(beheerder.getUsername());
		assertThat(mail.text()).contains("vraagt het supportcomité een deur te openen", "De minister van BZK");
		assertThat(mail.text() + mail.html()).doesNotContain(this.trekker.getUsername());
		Html mine = Html.of(this.mvc.perform(get("/mijn").with(user(beheerder))));
		assertThat(mine.text("main")).contains("Tessa Trekker vraagt het supportcomité een deur te openen");
		this.mvc.perform(answer(this.supporter, id, "GEOPEND", "Gelukt.")).andExpect(status().isForbidden());
		Html request = Html.of(this.mvc.perform(get("/doetanks/" + this.slug + "/deuren/" + id).with(user(beheerder)))
			.andExpect(status().isOk()));
		assertThat(request.text("#deur-supporter")).isEqualTo("Het supportcomité van het netwerk");
		assertThat(request.has("form#beantwoorden")).isTrue();
		Html page = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))).andExpect(status().isOk()));
		assertThat(page.text("#deuren")).contains("De minister van BZK", "aan het supportcomité");

		this.mvc.perform(answer(beheerder, id, "NIET_MOGELIJK", "De minister ontvangt geen Doetanks."))
			.andExpect(flash().attribute("flashSuccess", "doors.answered"));
		assertThat(state(id)).isEqualTo("NIET_MOGELIJK");
	}

	@Test
	void aRequestWithoutADateAsksForOneAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/deuren").with(user(this.lid))
				.with(csrf())
				.param("supporter", String.valueOf(this.supporter.id()))
				.param("toWhom", "De wethouder")
				.param("reason", "We willen de pilot uitbreiden.")
				.param("wantedBy", ""))
			.andExpect(status().isOk())
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("wantedBy")).isEqualTo("Vul een datum in.");
				assertThat(form.value("toWhom")).isEqualTo("De wethouder");
				assertThat(form.value("reason")).isEqualTo("We willen de pilot uitbreiden.");
			});
		assertThatThrownBy(() -> this.doors.ask(this.slug,
				new DoorEntry(this.supporter.id(), "De wethouder", "We willen de pilot uitbreiden.", null), this.lid))
			.as("the service too: a rule, never a failure in the database")
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM door_request WHERE to_whom = 'De wethouder'",
				Long.class))
			.isZero();
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndTheInputIsKept() throws Exception {
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/deuren").with(user(this.lid))
				.with(csrf())
				.param("supporter", String.valueOf(this.trekker.id()))
				.param("toWhom", "De directeur")
				.param("reason", "")
				.param("wantedBy", TestDoetanks.today().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "supporter", "doors.rule.notSupporter"))
			.andExpect(model().attributeHasFieldErrorCode("form", "wantedBy", "doors.rule.past"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("reason")).isEqualTo("Vul dit veld in.");
				assertThat(form.fieldError("wantedBy")).isEqualTo("Kies vandaag of een dag later.");
				assertThat(form.fieldError("supporter"))
					.isEqualTo("Kies een supporter van dit team of het supportcomité.");
				assertThat(form.value("toWhom")).isEqualTo("De directeur");
			});
		Long id = asked(this.lid, String.valueOf(this.supporter.id()), "De directeur");
		this.mvc.perform(answer(this.supporter, id, "GEOPEND", "")).andExpect(status().isOk()).andExpect((result) -> {
			Html page = Html.of(result);
			assertThat(page.fieldError("line")).isEqualTo("Schrijf in een regel wat er gebeurde.");
			assertThat(page.checked("outcome")).containsExactly("GEOPEND");
		});
		assertThat(state(id)).isEqualTo("OPEN");
	}

	@Test
	void leavingTheNetworkWithdrawsOpenRequestsAndLapsesThoseToTheLeaver() throws Exception {
		Long toSupporter = asked(this.lid, String.valueOf(this.supporter.id()), "De directeur");
		Long answered = asked(this.supporter, "comite", "De minister");
		this.mvc.perform(answer(this.people.beheerder("Bea Beheer"), answered, "GEOPEND", "Gelukt."));
		asked(this.supporter, "comite", "De staatssecretaris");

		this.mvc
			.perform(post("/mijn/account/verwijderen").param("keepContent", "false")
				.param("password", TestPeople.PASSWORD)
				.param("confirmed", "true")
				.with(user(this.supporter))
				.with(csrf()))
			.andExpect(redirectedUrl("/account-verwijderd"));

		assertThat(state(toSupporter)).isEqualTo("VERVALLEN");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM door_request WHERE asked_by_id = ?", Integer.class,
				this.supporter.id()))
			.isZero();
	}

	private Long asked(MemberPrincipal asker, String supporter, String toWhom) throws Exception {
		this.mvc.perform(ask(asker, supporter, toWhom)).andExpect(status().is3xxRedirection());
		return requestId(toWhom);
	}

	private MockHttpServletRequestBuilder ask(MemberPrincipal asker, String supporter, String toWhom) {
		return post("/doetanks/" + this.slug + "/deuren").with(user(asker))
			.with(csrf())
			.param("supporter", supporter)
			.param("toWhom", toWhom)
			.param("reason", "Zij beslist over de pilot.")
			.param("wantedBy", TestDoetanks.today().plusWeeks(2).toString());
	}

	private MockHttpServletRequestBuilder answer(MemberPrincipal who, Long id, String outcome, String line) {
		return post("/doetanks/" + this.slug + "/deuren/" + id + "/antwoord").with(user(who))
			.with(csrf())
			.param("outcome", outcome)
			.param("line", line);
	}

	private MockHttpServletRequestBuilder withdraw(MemberPrincipal who, Long id) {
		return post("/doetanks/" + this.slug + "/deuren/" + id + "/intrekken").with(user(who)).with(csrf());
	}

	private Long requestId(String toWhom) {
		return this.jdbc.queryForObject("SELECT id FROM door_request WHERE doetank_id = ? AND to_whom = ?", Long.class,
				doetankId(), toWhom);
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("SELECT state FROM door_request WHERE id = ?", String.class, id);
	}

	private Long doetankId() {
		return this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, this.slug);
	}

}
