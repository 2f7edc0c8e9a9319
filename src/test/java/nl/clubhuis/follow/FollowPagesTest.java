package nl.clubhuis.follow;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TestDoetanks;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member follows a Doetank and a colleague from their pages (plain forms), sees them on
 * /mijn/volgend and stops again; the team reads that they hear about it anyway; nobody
 * follows a proposal they may not see.
 */
@IntegrationTest
class FollowPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Doetanks catalog;

	@Autowired
	Follows follows;

	MemberPrincipal trekker;

	MemberPrincipal lid;

	String slug;

	long id;

	@BeforeEach
	void anActiveDoetank() {
		this.trekker = this.people.member("Tim Trekker");
		this.lid = this.people.member("Lotte Lid");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Coen Coach"));
		this.id = this.catalog.findBySlug(this.slug).orElseThrow().id();
	}

	@Test
	void aMemberFollowsADoetankFromItsPageAndStopsFromTheirList() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.lid))));
		assertThat(page.one(".doetank-header__actions form.follow").attr("action")).isEqualTo("/volgen");
		assertThat(page.one(".doetank-header__actions form.follow button").attr("aria-pressed")).isEqualTo("false");

		this.mvc
			.perform(post("/volgen").param("soort", "doetank")
				.param("id", String.valueOf(this.id))
				.param("terug", "/doetanks/" + this.slug)
				.with(user(this.lid))
				.with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + this.slug));
		this.mvc.perform(post("/volgen").param("soort", "doetank")
			.param("id", String.valueOf(this.id))
			.with(user(this.lid))
			.with(csrf()));

		assertThat(this.follows.followedBy(this.lid.id())).containsExactly(FollowTarget.doetank(this.id));
		Html following = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.lid))));
		assertThat(following.one(".doetank-header__actions form.follow").attr("action")).isEqualTo("/ontvolgen");
		Html list = Html.of(this.mvc.perform(get("/mijn/volgend").with(user(this.lid))));
		assertThat(list.texts(".follow-list a"))
			.containsExactly(this.catalog.findBySlug(this.slug).orElseThrow().title());

		this.mvc
			.perform(post("/ontvolgen").param("soort", "doetank")
				.param("id", String.valueOf(this.id))
				.param("terug", "/mijn/volgend")
				.with(user(this.lid))
				.with(csrf()))
			.andExpect(redirectedUrl("/mijn/volgend"));
		assertThat(this.follows.followedBy(this.lid.id())).isEmpty();
	}

	@Test
	void theTeamReadsThatItHearsAnywayAndAVisitorIsLedToTheLoginPage() throws Exception {
		Html team = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))));
		assertThat(team.has(".doetank-header__actions form.follow")).isFalse();
		assertThat(team.has(".follow--by-role")).isTrue();

		Html visitor = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(visitor.one("a.follow").attr("href")).startsWith("/login?terug=");
	}

	@Test
	void aProposalCannotBeFollowedByAStrangerNorACrossSiteRedirect() throws Exception {
		String proposal = this.doetanks.proposal(this.trekker);
		long proposalId = this.catalog.findBySlug(proposal).orElseThrow().id();
		this.mvc
			.perform(post("/volgen").param("soort", "doetank")
				.param("id", String.valueOf(proposalId))
				.with(user(this.lid))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/volgen").param("soort", "iets").param("id", "1").with(user(this.lid)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/volgen").param("soort", "lid")
				.param("id", String.valueOf(this.trekker.id()))
				.param("terug", "//elders.example")
				.with(user(this.lid))
				.with(csrf()))
			.andExpect(redirectedUrl("/mijn/volgend"));
		assertThat(this.follows.followedBy(this.lid.id())).containsExactly(FollowTarget.member(this.trekker.id()));
	}

	@Test
	void nobodyFollowsThemselves() throws Exception {
		this.mvc
			.perform(post("/volgen").param("soort", "lid")
				.param("id", String.valueOf(this.lid.id()))
				.with(user(this.lid))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

}
