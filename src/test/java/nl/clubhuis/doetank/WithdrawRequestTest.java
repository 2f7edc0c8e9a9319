package nl.clubhuis.doetank;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member takes back their own open request to join from /mijn, after saying they are
 * sure; only their own, only while it is open, and twice is once.
 */
@IntegrationTest
class WithdrawRequestTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	MemberPrincipal trekker;

	MemberPrincipal requester;

	String slug;

	String path;

	@BeforeEach
	void anOpenRequest() {
		this.trekker = this.people.member("Tanja Trekker");
		this.requester = this.people.member("Ivo Intrekker");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Kees Coach"));
		this.service.requestToJoin(this.slug, "Ik wil graag meedoen.", this.requester);
		this.path = "/mijn/aanvragen/" + this.slug + "/intrekken";
	}

	@Test
	void theRequesterConfirmsAndTheRequestIsGone() throws Exception {
		Html confirm = Html.of(this.mvc.perform(get(this.path).with(user(this.requester))).andExpect(status().isOk()));
		assertThat(confirm.text("h1")).startsWith("Aanvraag intrekken: ");
		assertThat(confirm.one("main form").attr("action")).isEqualTo(this.path);
		assertThat(confirm.text("main form button")).isEqualTo("Ja, intrekken");

		this.mvc.perform(post(this.path).with(csrf()).with(user(this.requester)))
			.andExpect(redirectedUrl("/mijn#mijn-aanvragen"))
			.andExpect(flash().attribute("flashSuccess", "my.requests.withdrawn"));

		assertThat(this.doetanks.load(this.slug, this.trekker).pendingRequestOf(this.requester.id())).isEmpty();
		Html mine = Html.of(this.mvc.perform(get("/mijn").with(user(this.requester))));
		assertThat(mine.links("#mijn-aanvragen")).doesNotContain("/doetanks/" + this.slug, this.path);
		Html trekkers = Html.of(this.mvc.perform(get("/mijn").with(user(this.trekker))));
		assertThat(trekkers.links("#wacht-op-mij")).doesNotContain("/doetanks/" + this.slug + "#aanvragen-titel");
		Html doetank = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.requester))));
		assertThat(doetank.text("#meedoen .own-request")).as("the page says the request was taken back")
			.isEqualTo("Je hebt je aanvraag ingetrokken.");
		assertThat(doetank.has("#meedoen textarea[name=motivation]")).as("may ask again").isTrue();
	}

	@Test
	void sendingItTwiceChangesNothingTheSecondTime() throws Exception {
		this.mvc.perform(post(this.path).with(csrf()).with(user(this.requester)))
			.andExpect(redirectedUrl("/mijn#mijn-aanvragen"));
		this.mvc.perform(post(this.path).with(csrf()).with(user(this.requester)))
			.andExpect(redirectedUrl("/mijn#mijn-aanvragen"));

		this.service.requestToJoin(this.slug, "Toch graag.", this.requester);
		assertThat(this.doetanks.load(this.slug, this.trekker).pendingRequests()).hasSize(1);
	}

	@Test
	void nobodyElseTakesItBack() throws Exception {
		for (MemberPrincipal other : new MemberPrincipal[] { this.trekker, this.people.member("Eva Ander"),
				this.people.beheerder("Ben Beheer") }) {
			this.mvc.perform(get(this.path).with(user(other))).andExpect(status().isNotFound());
			this.mvc.perform(post(this.path).with(csrf()).with(user(other))).andExpect(status().isNotFound());
		}
		assertThat(this.doetanks.load(this.slug, this.trekker).pendingRequestOf(this.requester.id())).isPresent();
	}

	@Test
	void aDecidedRequestCannotBeTakenBack() throws Exception {
		this.service.declineRequest(this.slug, this.doetanks.pendingRequestId(this.slug, this.requester), null,
				this.trekker);

		this.mvc.perform(get(this.path).with(user(this.requester))).andExpect(status().isNotFound());
		this.mvc.perform(post(this.path).with(csrf()).with(user(this.requester))).andExpect(status().isNotFound());
		Html doetank = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.requester))));
		assertThat(doetank.text("#meedoen .own-request")).contains("afgewezen");
	}

}
