package nl.clubhuis.route;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.DoetankDocuments;
import nl.clubhuis.documents.NewDocument;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.shared.uploads.UploadFiles;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team marks milestones on its route: they show in the timeline with the label
 * "Mijlpaal" and in the network's recent activity on the home page; the team corrects and
 * removes them; nobody else touches them.
 */
@IntegrationTest
class MilestonePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	TestPosts posts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DoetankDocuments documents;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	String slug;

	@BeforeEach
	void anActiveDoetank() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.slug = this.doetanks.active(this.trekker, this.coach);
	}

	@Test
	void theTeamAddsAMilestoneThatShowsInTheTimelineAndOnTheHomePage() throws Exception {
		TestPosts.WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.slug, "We hebben een opdracht",
				this.trekker);
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/mijlpalen/nieuw").with(user(this.trekker)))
				.andExpect(status().isOk()));
		assertThat(form.value("happenedOn")).isEqualTo(TestDoetanks.today().toString());
		assertThat(form.options("postId")).contains(String.valueOf(post.id()));

		this.mvc.perform(add(this.trekker, "Opdracht getekend").param("postId", String.valueOf(post.id())))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"))
			.andExpect(flash().attribute("flashSuccess", "milestone.added"));

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)).andExpect(status().isOk()));
		assertThat(page.text(".timeline .review--milestone .review__kind")).isEqualTo("◆ Mijlpaal");
		assertThat(page.text(".timeline .review--milestone .review__title")).isEqualTo("Opdracht getekend");
		assertThat(page.text(".timeline .review--milestone")).contains("De directeur tekende de opdracht.");
		assertThat(page.links(".timeline .review--milestone")).containsExactly(post.path());
		assertThat(page.has(".milestone__actions")).as("a visitor gets no edit links").isFalse();

		Html home = Html.of(this.mvc.perform(get("/")).andExpect(status().isOk()));
		assertThat(home.links("section[aria-labelledby=mijlpalen-titel] .story-list"))
			.contains("/doetanks/" + this.slug + "#mijlpaal-" + milestoneId("Opdracht getekend"));
	}

	@Test
	void aMilestonePointsAtAPublicDocumentAndNeverAtATeamOnlyOne() throws Exception {
		Long publication = this.documents.add(this.slug,
				new NewDocument("Eindpublicatie", DocumentKind.EINDPUBLICATIE, Phase.VERBREDEN, Visibility.OPENBAAR),
				"eind.pdf", UploadFiles.pdf("Eindpublicatie"), this.trekker);
		Long teamOnly = this.documents.add(this.slug,
				new NewDocument("Businesscase", DocumentKind.BUSINESS_CASE, Phase.ADOPTEREN, Visibility.TEAM), "bc.pdf",
				UploadFiles.pdf("Businesscase"), this.trekker);
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/mijlpalen/nieuw").with(user(this.trekker))));
		assertThat(form.options("documentId")).contains(String.valueOf(publication))
			.doesNotContain(String.valueOf(teamOnly));

		this.mvc.perform(add(this.trekker, "Eindpublicatie verschenen").param("documentId", String.valueOf(teamOnly)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "documentId", "milestone.rule.unknownDocument"));
		this.mvc
			.perform(add(this.trekker, "Eindpublicatie verschenen").param("documentId", String.valueOf(publication)))
			.andExpect(status().is3xxRedirection());

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)).andExpect(status().isOk()));
		assertThat(page.links(".timeline .review--milestone"))
			.containsExactly("/doetanks/" + this.slug + "/documenten/" + publication);
		assertThat(page.text(".timeline .review--milestone")).contains("Open het document: Eindpublicatie");
	}

	@Test
	void everyoneInTheTeamAndItsCoachAddMilestonesButNobodyElse() throws Exception {
		MemberPrincipal member = this.people.member("Lot Lid");
		this.service.requestToJoin(this.slug, "Ik doe mee.", member);
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, member), this.trekker);

		this.mvc.perform(add(member, "Eerste experiment bij het Kadaster")).andExpect(status().is3xxRedirection());
		this.mvc.perform(add(this.coach, "Kick-off met de opdrachtgever")).andExpect(status().is3xxRedirection());
		this.mvc.perform(add(this.people.member("Olga Buiten"), "Niet van mij")).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/doetanks/" + this.slug + "/mijlpalen/nieuw").with(user(this.people.coach("Nora Netwerk"))))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForList("SELECT title FROM milestone WHERE doetank_id = ? ORDER BY title",
				String.class, doetankId()))
			.containsExactly("Eerste experiment bij het Kadaster", "Kick-off met de opdrachtgever");
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(member))));
		assertThat(page.links(".milestone__actions")).hasSize(4);
	}

	@Test
	void aBeheerderWhoStepsInIsLogged() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bas Beheerder");
		this.mvc.perform(add(beheerder, "Eindpublicatie")).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList(
				"SELECT detail FROM audit_entry WHERE kind = 'STEPPED_IN' AND actor_id = ? AND doetank_id = ?",
				String.class, beheerder.id(), doetankId()))
			.containsExactly("MILESTONE_ADDED");
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndTheInputIsKept() throws Exception {
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/mijlpalen").with(user(this.trekker))
				.with(csrf())
				.param("happenedOn", TestDoetanks.today().plusDays(1).toString())
				.param("title", "")
				.param("line", "Nog niet gebeurd."))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "happenedOn", "milestone.rule.inFuture"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("title")).isEqualTo("Vul dit veld in.");
				assertThat(form.fieldError("happenedOn"))
					.isEqualTo("Een mijlpaal is iets wat gebeurd is: kies vandaag of een dag ervoor.");
				assertThat(form.value("line")).isEqualTo("Nog niet gebeurd.");
				assertThat(form.value("happenedOn")).isEqualTo(TestDoetanks.today().plusDays(1).toString());
			});
		this.mvc.perform(add(this.trekker, "Te vroeg", TestDoetanks.today().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "happenedOn", "milestone.rule.beforeStart"));
		this.mvc.perform(add(this.trekker, "Ander bericht").param("postId", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "postId", "milestone.rule.unknownPost"));
		this.mvc.perform(add(this.trekker, "Geen datum", "morgen"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(Html.of(result).fieldError("happenedOn"))
				.isEqualTo("Vul een geldige datum in."));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM milestone WHERE doetank_id = ?", Long.class,
				doetankId()))
			.isZero();
	}

	@Test
	void theSameMilestoneSentTwiceIsKeptOnce() throws Exception {
		this.mvc.perform(add(this.trekker, "Opdracht getekend")).andExpect(status().is3xxRedirection());
		this.mvc.perform(add(this.trekker, "Opdracht getekend")).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM milestone WHERE doetank_id = ?", Long.class,
				doetankId()))
			.isEqualTo(1);
	}

	@Test
	void theTeamCorrectsAndRemovesAMilestoneAfterAConfirmation() throws Exception {
		this.mvc.perform(add(this.trekker, "Opdracht getekend")).andExpect(status().is3xxRedirection());
		this.mvc.perform(add(this.trekker, "Eerste experiment")).andExpect(status().is3xxRedirection());
		Long id = milestoneId("Opdracht getekend");
		String base = "/doetanks/" + this.slug + "/mijlpalen/" + id;

		Html form = Html
			.of(this.mvc.perform(get(base + "/bewerken").with(user(this.trekker))).andExpect(status().isOk()));
		assertThat(form.value("title")).isEqualTo("Opdracht getekend");
		this.mvc.perform(edit(base, "Eerste experiment"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "milestone.rule.duplicate"));
		this.mvc.perform(edit(base, "Opdracht van het Kadaster getekend"))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"))
			.andExpect(flash().attribute("flashSuccess", "milestone.changed"));
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug))).texts(".review--milestone .review__title"))
			.contains("Opdracht van het Kadaster getekend")
			.doesNotContain("Opdracht getekend");

		Html confirmation = Html
			.of(this.mvc.perform(get(base + "/verwijderen").with(user(this.trekker))).andExpect(status().isOk()));
		assertThat(confirmation.text("main p")).contains("„Opdracht van het Kadaster getekend”");
		this.mvc.perform(post(base + "/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "milestone.removed"));
		// The confirmation sent twice: no error.
		this.mvc.perform(post(base + "/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#verloop"));
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug))).texts(".review--milestone .review__title"))
			.containsExactly("Eerste experiment");
	}

	@Test
	void aMilestoneIsReachedOnlyThroughItsOwnDoetank() throws Exception {
		this.mvc.perform(add(this.trekker, "Opdracht getekend")).andExpect(status().is3xxRedirection());
		Long id = milestoneId("Opdracht getekend");
		MemberPrincipal otherTrekker = this.people.member("Andere Trekker");
		String other = this.doetanks.active(otherTrekker, this.coach);

		this.mvc.perform(get("/doetanks/" + other + "/mijlpalen/" + id + "/bewerken").with(user(otherTrekker)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/doetanks/" + other + "/mijlpalen/" + id + "/verwijderen").with(user(otherTrekker))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(milestoneId("Opdracht getekend")).isEqualTo(id);
	}

	private MockHttpServletRequestBuilder add(MemberPrincipal who, String title) {
		return add(who, title, TestDoetanks.today().toString());
	}

	private MockHttpServletRequestBuilder add(MemberPrincipal who, String title, String day) {
		return post("/doetanks/" + this.slug + "/mijlpalen").with(user(who))
			.with(csrf())
			.param("happenedOn", day)
			.param("title", title)
			.param("line", "De directeur tekende de opdracht.");
	}

	private MockHttpServletRequestBuilder edit(String base, String title) {
		return post(base + "/bewerken").with(user(this.trekker))
			.with(csrf())
			.param("happenedOn", TestDoetanks.today().toString())
			.param("title", title)
			.param("line", "Met handtekening van de directeur.");
	}

	private Long doetankId() {
		return this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, this.slug);
	}

	private Long milestoneId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM milestone WHERE doetank_id = ? AND title = ?", Long.class,
				doetankId(), title);
	}

}
