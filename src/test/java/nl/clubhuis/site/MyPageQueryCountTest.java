package nl.clubhuis.site;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.doetank.TestExpertise;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.GateReviewService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /mijn issues the same number of SQL statements for a member with a little and with a
 * lot going on: Doetanks they lead and coach, requests to decide, their own requests and
 * proposals, registrations, suggestions.
 */
@IntegrationTest
class MyPageQueryCountTest {

	/**
	 * Mijn Doetanks 1; Wacht op mij: requests to decide 1, proposals waiting 1, requested
	 * overleggen 4 (the coach's Doetanks, the requests, their Doetanks and names); Mijn
	 * aanvragen 1; invitations to answer 1; Mijn aanmeldingen 1; Voor jou 5 (the member's
	 * expertise and Doetanks, the suggestions, what they look for, the terms' names); and
	 * Spring Session storing the new session (two); requests to open a door waiting for
	 * the member's answer 1 (their Doetanks and askers only when there are some); on
	 * every page for a member, their unread notifications 1.
	 */
	static final long CEILING = 19;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	GateReviewService reviews;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statementCounter;

	@Test
	void aFixedNumberOfStatementsWhateverTheMemberHasGoingOn() throws Exception {
		MemberPrincipal me = this.people.coach("Mara Meervoud");
		MemberPrincipal otherCoach = this.people.coach("Olaf Coach");
		MemberPrincipal redacteur = this.people.redacteur("Rens Redactie");
		TestExpertise expertise = new TestExpertise(this.jdbc);
		expertise.memberKnows(me.id(), "procesverbetering", "verandermanagement");
		addALittleOfEverything(me, otherCoach, redacteur, expertise, 0);

		long few = statementsFor(me);
		for (int round = 1; round <= 4; round++) {
			addALittleOfEverything(me, otherCoach, redacteur, expertise, round);
		}
		long many = statementsFor(me);

		assertThat(many).as("statements with five times as much going on").isEqualTo(few);
		assertThat(few).as("statements for /mijn: %s", this.statementCounter.recorded()).isLessThanOrEqualTo(CEILING);
	}

	private void addALittleOfEverything(MemberPrincipal me, MemberPrincipal otherCoach, MemberPrincipal redacteur,
			TestExpertise expertise, int round) {
		String led = this.doetanks.active(me, otherCoach);
		this.service.requestToJoin(led, "Ik doe mee.", this.people.member("Aanvrager " + round));
		MemberPrincipal otherTrekker = this.people.member("Trekker " + round);
		String coached = this.doetanks.active(otherTrekker, me);
		this.reviews.requestReview(coached, "Klaar?", otherTrekker);
		String asked = this.doetanks.active(otherTrekker, otherCoach);
		this.service.requestToJoin(asked, "Mag ik meedoen?", me);
		String declined = this.doetanks.active(otherTrekker, otherCoach);
		this.service.requestToJoin(declined, "En hier?", me);
		this.service.declineRequest(declined, this.doetanks.pendingRequestId(declined, me), "Vol.", otherTrekker);
		this.doetanks.proposal(me);
		String suggested = this.doetanks.active(otherTrekker, otherCoach);
		expertise.doetankLooksFor(suggested, "procesverbetering");
		this.registrations.register(this.events.cafe(null, redacteur).slug(), null, me);
	}

	private long statementsFor(MemberPrincipal member) throws Exception {
		this.statementCounter.reset();
		this.mvc.perform(get("/mijn").with(user(member))).andExpect(status().isOk());
		return this.statementCounter.count();
	}

}
