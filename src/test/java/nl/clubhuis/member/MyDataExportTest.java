package nl.clubhuis.member;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.CommentService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * /mijn/gegevens: everything the portal holds about the member who asks, as JSON to
 * download, nothing of anyone else, in a fixed number of statements.
 */
@IntegrationTest
class MyDataExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	TestPosts posts;

	@Autowired
	CommentService comments;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	StatementCounter statements;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcTemplate jdbc;

	final String run = UUID.randomUUID().toString();

	@Test
	void theExportHoldsTheMembersOwnDataAndNobodyElses() throws Exception {
		MemberPrincipal coach = this.people.coach("Carla Coach");
		MemberPrincipal redacteur = this.people.redacteur("Ruud Redacteur");
		MemberPrincipal member = this.people.member("Anna Exporteur");
		MemberPrincipal other = this.people.member("Bert Buurman");
		String own = this.doetanks.active(member, coach);
		String joined = this.doetanks.active(this.people.member("Tara Trekker"), coach);
		this.doetankService.requestToJoin(joined, "Motivatie " + this.run, member);
		WrittenPost blog = this.posts.published(PostKind.DOETANKBLOG, own, "Blog " + this.run, member);
		this.comments.add(blog.slug(), "Mijn reactie " + this.run, member);
		this.comments.add(blog.slug(), "Reactie van een ander " + this.run, other);
		this.registrations.register(this.events.cafe(10, redacteur).slug(), "Notitie " + this.run, member);
		this.milestones.add(own, new MilestoneEntry(TestDoetanks.today(), "Mijlpaal " + this.run, "Gebeurd.", null),
				member);

		MockHttpServletResponse response = this.mvc.perform(get("/mijn/gegevens").with(user(member)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains(".json");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		JsonNode export = JsonMapper.builder().build().readTree(body);
		assertThat(export.path("account").path("member").path("email").asString()).isEqualTo(emailOf(member));
		assertThat(export.path("account").path("member").path("name").asString()).isEqualTo("Anna Exporteur");
		assertThat(export.path("account").path("member").path("locale").asString()).isEqualTo("nl");
		assertThat(export.path("doetanks").path("vraagstukken_brought_in").get(0).path("slug").asString())
			.isEqualTo(own);
		assertThat(export.path("doetanks").path("memberships_and_requests").toString())
			.contains("Motivatie " + this.run);
		assertThat(export.path("publishing").path("posts").get(0).path("title").asString())
			.isEqualTo("Blog " + this.run);
		assertThat(export.path("publishing").path("comments")).hasSize(1);
		assertThat(export.path("agenda").path("registrations").get(0).path("note").asString())
			.isEqualTo("Notitie " + this.run);
		assertThat(export.path("agenda").path("registrations").get(0).path("registered_at").asString())
			.as("times as ISO 8601")
			.matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(export.path("route").path("milestones_added").get(0).path("title").asString())
			.isEqualTo("Mijlpaal " + this.run);
		assertThat(export.has("toolkit")).isTrue();
		assertThat(body).doesNotContain(emailOf(other), "Bert Buurman", "Reactie van een ander", "password", "$2a$");
	}

	@Test
	void theExportCostsTheSameNumberOfStatementsWhateverTheMemberDid() throws Exception {
		MemberPrincipal coach = this.people.coach("Cees Coach");
		MemberPrincipal member = this.people.member("Dirk Doener");
		String own = this.doetanks.active(member, coach);
		WrittenPost blog = this.posts.published(PostKind.DOETANKBLOG, own, "Blog " + this.run, member);
		this.comments.add(blog.slug(), "Eerste reactie", member);
		long little = statementsFor(member);

		for (int i = 0; i < 5; i++) {
			this.comments.add(blog.slug(), "Nog een reactie " + i, member);
			this.posts.published(PostKind.DOETANKBLOG, own, "Nog een blog " + i + " " + this.run, member);
		}
		this.doetankService.requestToJoin(this.doetanks.active(this.people.member("Toos Trekker"), coach), "Graag",
				member);

		assertThat(statementsFor(member)).isEqualTo(little);
	}

	private long statementsFor(MemberPrincipal member) throws Exception {
		this.statements.reset();
		this.mvc.perform(get("/mijn/gegevens").with(user(member)));
		return this.statements.count();
	}

	private String emailOf(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, member.id());
	}

}
