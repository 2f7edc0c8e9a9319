package nl.clubhuis.doetank;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Leden met expertise die jullie zoeken" on a Doetank's page: its trekkers and coaches
 * see the members who know what the team looks for, most in common first; only members
 * who let members see their profile, none from the team, and nobody else sees the list.
 */
@IntegrationTest
class MatchingMembersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	Doetanks catalog;

	@Autowired
	MemberDirectory members;

	@Autowired
	MemberAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	TestExpertise expertise;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	String slug;

	/** Each test has terms of its own, so members made by other tests do not show up. */
	@BeforeEach
	void anActiveDoetank() {
		this.expertise = new TestExpertise(this.jdbc);
		this.trekker = this.people.member("Mats Trekker");
		this.coach = this.people.coach("Mees Coach");
		this.slug = this.doetanks.active(this.trekker, this.coach);
	}

	@Test
	void theTrekkerSeesWhoKnowsMostOfWhatTheTeamLooksForFirst() throws Exception {
		this.expertise.doetankLooksFor(this.slug, "gedragsinzicht", "burgerparticipatie", "onderzoek-en-evaluatie");
		MemberPrincipal one = member("Aagje Eenterm", "gedragsinzicht", "financien");
		MemberPrincipal two = member("Yara Tweetermen", "gedragsinzicht", "burgerparticipatie");
		MemberPrincipal alsoOne = member("Aafke Eenterm", "burgerparticipatie");
		this.jdbc.update("UPDATE member SET job_title = ? WHERE id = ?", "Gedragsexpert", two.id());

		Html page = page(get("/doetanks/" + this.slug).with(user(this.trekker)));

		assertThat(page.text("#matching-titel")).isEqualTo("Leden met expertise die jullie zoeken");
		assertThat(page.text("#gezochte-expertise .matching__wanted"))
			.isEqualTo("Jullie zoeken: Burgerparticipatie, Gedragsinzicht, Onderzoek en evaluatie");
		List<String> names = page.texts("#gezochte-expertise .matching__member .team__name");
		assertThat(names).containsSubsequence(two.name(), alsoOne.name(), one.name());
		assertThat(rowOf(page, two)).contains("Gedragsexpert, Gemeente Testdorp",
				"Kan: Burgerparticipatie, Gedragsinzicht");
		assertThat(rowOf(page, one)).contains("Kan: Gedragsinzicht").doesNotContain("Financiën");
		assertThat(page.links("#gezochte-expertise")).contains("/leden", profileOf(two));
	}

	@Test
	void onlyMembersWhoShowTheirProfileAndAreNotInTheTeam() throws Exception {
		this.expertise.doetankLooksFor(this.slug, "bestuurlijke-advisering");
		MemberPrincipal everyone = member("Aart Iedereen", "bestuurlijke-advisering");
		MemberPrincipal hidden = member("Nico Niemand", "bestuurlijke-advisering");
		this.jdbc.update("UPDATE member SET profile_visibility = 'NIEMAND' WHERE id = ?", hidden.id());
		this.jdbc.update("UPDATE member SET profile_visibility = 'IEDEREEN' WHERE id = ?", everyone.id());
		MemberPrincipal blocked = member("Bo Geblokkeerd", "bestuurlijke-advisering");
		this.administration.block(blocked.id(), nl.clubhuis.member.BlockReason.SPAM,
				this.people.beheerder("Bea Beheer"));
		MemberPrincipal unverified = member("Ulla Onbevestigd", "bestuurlijke-advisering");
		this.jdbc.update("UPDATE member SET email_verified_at = NULL WHERE id = ?", unverified.id());
		MemberPrincipal inTeam = member("Tim Teamlid", "bestuurlijke-advisering");
		this.service.requestToJoin(this.slug, "Ik doe mee.", inTeam);
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, inTeam), this.trekker);
		MemberPrincipal asking = member("Vera Vraagt", "bestuurlijke-advisering");
		this.service.requestToJoin(this.slug, "Mag ik?", asking);
		this.expertise.memberKnows(this.trekker.id(), "bestuurlijke-advisering");

		Long doetankId = this.catalog.findBySlug(this.slug).orElseThrow().id();
		List<MemberRef> found = this.members.withExpertise(this.catalog.expertiseWanted(doetankId),
				this.catalog.team(doetankId).active().keySet(), 100);
		assertThat(found).extracting(MemberRef::id)
			.contains(everyone.id(), asking.id())
			.doesNotContain(hidden.id(), blocked.id(), unverified.id(), inTeam.id(), this.trekker.id());

		List<String> names = page(get("/doetanks/" + this.slug).with(user(this.trekker)))
			.texts("#gezochte-expertise .team__name");
		assertThat(names).contains(everyone.name())
			.doesNotContain(hidden.name(), blocked.name(), unverified.name(), inTeam.name(), asking.name(),
					this.trekker.name());
	}

	@Test
	void coachesSeeItTooButNobodyElse() throws Exception {
		this.expertise.doetankLooksFor(this.slug, "netwerken-en-lobby");
		member("Gerda Gezocht", "netwerken-en-lobby");
		String path = "/doetanks/" + this.slug;

		assertThat(page(get(path).with(user(this.coach))).has("#gezochte-expertise")).isTrue();
		assertThat(page(get(path).with(user(this.people.member("Otto Outsider")))).has("#gezochte-expertise"))
			.isFalse();
		MemberPrincipal asking = this.people.member("Rita Requester");
		this.service.requestToJoin(this.slug, "Graag.", asking);
		assertThat(page(get(path).with(user(asking))).has("#gezochte-expertise")).isFalse();
		assertThat(page(get(path).with(user(this.people.beheerder("Boris Beheer")))).has("#gezochte-expertise"))
			.isFalse();
		assertThat(page(get(path)).has("#gezochte-expertise")).isFalse();
	}

	@Test
	void aTeamThatLooksForNoExpertiseHearsHowToFindPeople() throws Exception {
		String nothing = this.doetanks.active(this.trekker, this.coach);

		Html page = page(get("/doetanks/" + nothing).with(user(this.trekker)));

		assertThat(page.text("#gezochte-expertise .empty")).startsWith("Jullie zoeken nog geen expertise.");
		assertThat(page.has("#gezochte-expertise .matching__member")).isFalse();
	}

	private MemberPrincipal member(String name, String... terms) {
		MemberPrincipal member = this.people.member(name);
		this.expertise.memberKnows(member.id(), terms);
		return member;
	}

	private String profileOf(MemberPrincipal member) {
		return this.members.find(member.id()).orElseThrow().profilePath();
	}

	private static String rowOf(Html page, MemberPrincipal member) {
		return page.all("#gezochte-expertise .matching__member")
			.stream()
			.filter((row) -> row.select(".team__name").text().equals(member.name()))
			.findFirst()
			.orElseThrow()
			.text();
	}

	private Html page(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request).andExpect(status().isOk()));
	}

}
