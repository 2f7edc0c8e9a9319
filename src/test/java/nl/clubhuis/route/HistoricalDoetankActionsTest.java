package nl.clubhuis.route;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A historical Doetank (its record ends: its story is told) offers no route or team
 * actions to anyone, its trekker, coach and a beheerder included: its page shows no
 * button for them (not even "Team beheren"), and a form sent anyway, or the team page,
 * gets the 403 page.
 */
@IntegrationTest
class HistoricalDoetankActionsTest {

	/** The ends of the addresses of the actions a Doetank in experimenteren offers. */
	static final List<String> ACTIONS = List.of("/gatekeepers/aanvragen", "/gatekeepers/nieuw", "/overgang",
			"/mijlpalen/nieuw", "/deuren/nieuw", "/toestemming", "/opdrachtgever", "/aanmelden", "/adoptie", "/team");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	MemberPrincipal opdrachtgever;

	MemberPrincipal outsider;

	MemberPrincipal beheerder;

	String slug;

	@BeforeEach
	void aDoetankInExperimenteren() {
		this.trekker = this.people.member("Hilde Trekker");
		this.coach = this.people.coach("Harm Coach");
		this.opdrachtgever = this.people.member("Olga Opdrachtgever");
		this.outsider = this.people.member("Otto Buiten");
		this.beheerder = this.people.beheerder("Bert Beheer");
		this.slug = this.doetanks.inPhase(Phase.EXPERIMENTEREN, this.trekker, this.coach);
		this.doetanks.addMember(this.slug, this.opdrachtgever, MembershipRole.OPDRACHTGEVER);
	}

	@Test
	void thePagesOfferNoActionOnceItsStoryEnds() throws Exception {
		assertThat(actionsOffered(this.coach)).as("before: the coach's buttons").isNotEmpty();
		assertThat(actionsOffered(this.trekker)).as("before: the trekker's buttons").isNotEmpty();
		assertThat(actionsOffered(this.outsider)).as("before: join").contains("/aanmelden");

		makeHistorical();

		for (MemberPrincipal person : List.of(this.coach, this.trekker, this.opdrachtgever, this.outsider,
				this.beheerder)) {
			assertThat(actionsOffered(person)).as(person.getUsername()).isEmpty();
		}
		this.mvc.perform(get("/doetanks/" + this.slug + "/team").with(user(this.trekker)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFormSentAnywayIsRefused() throws Exception {
		makeHistorical();
		String at = "/doetanks/" + this.slug;
		refused(post(at + "/gatekeepers/aanvragen").param("note", "Klaar?"), this.trekker);
		refused(get(at + "/gatekeepers/nieuw"), this.coach);
		refused(post(at + "/overgang").param("to", "EVALUEREN").param("from", "EXPERIMENTEREN").param("reason", "Ja"),
				this.coach);
		refused(get(at + "/mijlpalen/nieuw"), this.trekker);
		refused(post(at + "/mijlpalen").param("happenedOn", "2015-01-01").param("title", "Te laat"), this.beheerder);
		refused(get(at + "/deuren/nieuw"), this.trekker);
		refused(get(at + "/toestemming"), this.trekker);
		refused(post(at + "/opdrachtgever").param("text", "Goed werk"), this.opdrachtgever);
		refused(post(at + "/aanmelden").param("motivation", "Ja!"), this.outsider);
		refused(post(at + "/team/uitnodigingen").param("memberId", String.valueOf(this.outsider.id()))
			.param("role", "LID")
			.param("ring", "KERN"), this.trekker);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM membership m JOIN doetank d ON d.id = m.doetank_id WHERE d.slug = ? AND m.member_id = ?",
				Integer.class, this.slug, this.outsider.id()))
			.as("nobody joined or was invited")
			.isZero();
	}

	private void refused(MockHttpServletRequestBuilder request, MemberPrincipal person) throws Exception {
		this.mvc.perform(request.with(user(person)).with(csrf())).andExpect(status().isForbidden());
	}

	private List<String> actionsOffered(MemberPrincipal person) throws Exception {
		Html page = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(person))).andExpect(status().isOk()));
		return ACTIONS.stream().filter((end) -> page.has("a[href*=" + end + "], form[action*=" + end + "]")).toList();
	}

	private void makeHistorical() {
		this.jdbc.update("UPDATE doetank SET record_ends_on = DATE '2015-01-31' WHERE slug = ?", this.slug);
	}

}
