package nl.clubhuis.site;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.route.PhaseChange;
import nl.clubhuis.route.PhaseChangeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Wat er beweegt" on the home page: the latest phase changes, milestones and posts of
 * public Doetanks and the newest questions to the network, newest first (at most six),
 * each leading to its page; a proposal never shows.
 */
@IntegrationTest
class HomeActivityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	Doetanks catalog;

	@Autowired
	PhaseChangeService phases;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePhaseChangeTheMilestoneAndThePostShowNewestFirst() throws Exception {
		MemberPrincipal trekker = this.people.member("Hanna Trekker");
		MemberPrincipal coach = this.people.coach("Henk Coach");
		String slug = this.doetanks.active(trekker, coach);
		String title = this.catalog.findBySlug(slug).orElseThrow().title();
		String proposal = this.catalog.findBySlug(this.doetanks.proposal(trekker)).orElseThrow().title();
		this.milestones.add(slug, new MilestoneEntry(TestDoetanks.today(), "Eerste gesprek", "Gevoerd.", null),
				trekker);
		this.phases.move(slug,
				new PhaseChange(Phase.INITIEREN, Phase.SCHETSEN, "Het probleem is scherp.", TestDoetanks.today()),
				coach);
		// Published now, not a minute ago: what other tests wrote in that minute would be
		// newer.
		TestPosts.WrittenPost post = this.posts.publishedAt(PostKind.DOETANKBLOG, slug, "Wat we leerden", trekker,
				java.time.Instant.now());

		Html home = Html.of(this.mvc.perform(get("/")).andExpect(status().isOk()));

		assertThat(home.texts(".activity-list .story-list__title"))
			.contains(title + " ging naar de fase Schetsen", "Nieuw op het blog van " + title + ": Wat we leerden")
			.noneMatch((line) -> line.contains(proposal))
			.noneMatch((line) -> line.contains("{"));
		assertThat(home.links(".activity-list")).contains("/doetanks/" + slug, post.path());
	}

	@Test
	void aNewQuestionToTheNetworkShowsAndLeadsToItsPage() throws Exception {
		MemberPrincipal asker = this.people.member("Vera Vraagsteller");
		String title = "Wie kent een proeftuin voor " + java.util.UUID.randomUUID();
		long id = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (gen_random_uuid(), ?, ?, 'proeftuin', 'Graag tips.', now())
				RETURNING id""", Long.class, asker.id(), title);

		Html home = Html.of(this.mvc.perform(get("/")).andExpect(status().isOk()));

		assertThat(home.texts(".activity-list .story-list__title")).contains("Nieuwe vraag aan het netwerk: " + title);
		assertThat(home.links(".activity-list")).contains("/vragen/" + id + "-proeftuin");
	}

}
