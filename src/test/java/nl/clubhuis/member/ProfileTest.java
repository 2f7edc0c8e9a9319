package nl.clubhuis.member;

import java.util.List;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.Profiles.Draft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * /mijn/profiel and /leden/{slug}: a member describes themselves and chooses who sees it;
 * the profile is a 404 for everyone else.
 */
@IntegrationTest
class ProfileTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Profiles profiles;

	@Autowired
	MemberDirectory directory;

	@Autowired
	ExpertiseVocabulary vocabulary;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	nl.clubhuis.member.domain.AccountErasure erasure;

	@Test
	void aMemberFillsInTheirProfileAndBadInputStaysInTheForm() throws Exception {
		MemberPrincipal member = this.people.member("Petra Profiel");
		Long juridisch = term("juridisch").id();
		Long inkoop = term("inkoop").id();

		Html form = Html.of(this.mvc.perform(get("/mijn/profiel").with(user(member))));
		assertThat(form.text("#expertise legend")).isEqualTo("Expertise");
		assertThat(form.isChecked("visibility", "LEDEN")).as("members only unless the member opens it up").isTrue();
		assertThat(form.label(form.field("jobTitle").id())).startsWith("Functie");

		Html wrong = Html.of(this.mvc.perform(post("/mijn/profiel").with(user(member))
			.with(csrf())
			.param("jobTitle", "Jurist")
			.param("bio", "x".repeat(4001))
			.param("expertise", juridisch.toString(), inkoop.toString())
			.param("visibility", "IEDEREEN")));
		assertThat(wrong.fieldError("bio")).isEqualTo("Gebruik hooguit 4.000 tekens.");
		assertThat(wrong.value("jobTitle")).isEqualTo("Jurist");
		assertThat(wrong.checked("expertise")).containsExactlyInAnyOrder(juridisch.toString(), inkoop.toString());
		assertThat(wrong.isChecked("visibility", "IEDEREEN")).isTrue();

		Html noChoice = Html.of(this.mvc.perform(post("/mijn/profiel").with(user(member))
			.with(csrf())
			.param("jobTitle", "Jurist")
			.param("visibility", "")));
		assertThat(noChoice.fieldError("visibility")).isEqualTo("Maak een keuze.");

		MvcResult saved = this.mvc
			.perform(post("/mijn/profiel").with(user(member))
				.with(csrf())
				.param("organisation", "Gemeente Juristendorp")
				.param("jobTitle", "Jurist")
				.param("bio", "Ik help met **regels**.<script>alert(1)</script>")
				.param("expertise", juridisch.toString(), inkoop.toString())
				.param("visibility", "IEDEREEN"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/mijn/profiel");

		Html page = Html.of(this.mvc.perform(get(slugPath(member))));
		assertThat(page.text("h1")).isEqualTo("Petra Profiel");
		assertThat(page.text(".profile__work")).isEqualTo("Jurist, Gemeente Juristendorp");
		assertThat(page.text(".profile__bio strong")).isEqualTo("regels");
		assertThat(page.has(".profile__bio script")).isFalse();
		assertThat(page.texts(".profile__expertise li")).containsExactly("Inkoop", "Juridisch");
		assertThat(page.text()).doesNotContain(member.getUsername());
		assertThat(this.directory.expertiseOf(member.id())).containsExactlyInAnyOrder(juridisch, inkoop);
	}

	@Test
	void eachVisibilityLetsInWhomItSays() throws Exception {
		MemberPrincipal owner = this.people.member("Vera Zichtbaar");
		MemberPrincipal other = this.people.member("Olaf Ander");
		String path = slugPath(owner);

		describe(owner, ProfileVisibility.LEDEN);
		assertThat(status(get(path))).as("members only: a visitor").isEqualTo(404);
		assertThat(status(get(path).with(user(other)))).as("members only: a member").isEqualTo(200);

		describe(owner, ProfileVisibility.IEDEREEN);
		assertThat(status(get(path))).as("everyone: a visitor").isEqualTo(200);

		describe(owner, ProfileVisibility.NIEMAND);
		assertThat(status(get(path))).as("nobody: a visitor").isEqualTo(404);
		assertThat(status(get(path).with(user(other)))).as("nobody: a member").isEqualTo(404);
		Html own = Html.of(this.mvc.perform(get(path).with(user(owner))));
		assertThat(own.text(".profile__hidden"))
			.isEqualTo("Alleen jij ziet dit profiel: je hebt gekozen dat niemand anders het ziet.");

		describe(owner, ProfileVisibility.IEDEREEN);
		this.jdbc.update("UPDATE member SET blocked_at = now() WHERE id = ?", owner.id());
		assertThat(status(get(path).with(user(other)))).as("blocked").isEqualTo(404);
		this.jdbc.update("UPDATE member SET blocked_at = null, email_verified_at = null WHERE id = ?", owner.id());
		assertThat(status(get(path).with(user(other)))).as("unverified").isEqualTo(404);
		assertThat(status(get("/leden/bestaat-niet").with(user(other)))).isEqualTo(404);
	}

	@Test
	void theDirectoryIsForMembersAndListsOnlyWhoAllowIt() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		MemberPrincipal viewer = this.people.member("Kijker " + run);
		MemberPrincipal open = this.people.member("Anna Open " + run);
		MemberPrincipal members = this.people.member("Bram Leden " + run);
		MemberPrincipal hidden = this.people.member("Cas Verborgen " + run);
		Long data = term("ict-en-data").id();
		this.profiles.save(open.id(),
				new Draft("Provincie Zeeland", "Data-analist", null, Set.of(data), ProfileVisibility.IEDEREEN));
		this.profiles.save(members.id(),
				new Draft("Gemeente Zeewolde", "Adviseur", null, Set.of(), ProfileVisibility.LEDEN));
		this.profiles.save(hidden.id(),
				new Draft("Provincie Zeeland", null, null, Set.of(data), ProfileVisibility.NIEMAND));

		MvcResult anonymous = this.mvc.perform(get("/leden")).andReturn();
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");

		Html all = Html.of(this.mvc.perform(get("/leden").param("naam", run).with(user(viewer))));
		assertThat(all.texts(".member-list__name")).containsExactly("Anna Open " + run, "Bram Leden " + run,
				"Kijker " + run);
		assertThat(all.links(".member-list__name")).contains(slugPath(open), slugPath(members));
		assertThat(all.text(".member-list__item:first-child .member-list__work"))
			.isEqualTo("Data-analist, Provincie Zeeland");
		assertThat(all.texts(".member-list__item:first-child .member-list__expertise li"))
			.containsExactly("ICT en data");

		Html byExpertise = Html.of(this.mvc
			.perform(get("/leden").param("naam", run).param("expertise", data.toString()).with(user(viewer))));
		assertThat(byExpertise.texts(".member-list__name")).containsExactly("Anna Open " + run);
		assertThat(byExpertise.value("expertise")).isEqualTo(data.toString());

		Html byOrganisation = Html
			.of(this.mvc.perform(get("/leden").param("naam", run).param("organisatie", "ZEEW").with(user(viewer))));
		assertThat(byOrganisation.texts(".member-list__name")).containsExactly("Bram Leden " + run);
		assertThat(byOrganisation.value("organisatie")).isEqualTo("ZEEW");

		assertThat(this.directory.withExpertise(List.of(data), 1000)).extracting(MemberRef::id)
			.contains(open.id())
			.doesNotContain(hidden.id(), members.id());
	}

	@Test
	void theProfileIsInTheExportAndGoesWithTheAccount() throws Exception {
		MemberPrincipal member = this.people.member("Eva Export");
		Long beleid = term("beleid").id();
		this.profiles.save(member.id(),
				new Draft(null, "Beleidsmaker", "Mijn verhaal", Set.of(beleid), ProfileVisibility.IEDEREEN));

		String export = this.mvc.perform(get("/mijn/gegevens").with(user(member)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		tools.jackson.databind.JsonNode account = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(export)
			.path("account");
		assertThat(account.path("member").path("job_title").asString()).isEqualTo("Beleidsmaker");
		assertThat(account.path("member").path("bio").asString()).isEqualTo("Mijn verhaal");
		assertThat(account.path("member").path("profile_visibility").asString()).isEqualTo("IEDEREEN");
		assertThat(account.path("expertise").toString()).isEqualTo("[\"Beleid\"]");

		String path = slugPath(member);
		this.erasure.erase(member.id(), TestPeople.PASSWORD, true);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM member_expertise WHERE member_id = ?", Long.class,
				member.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT concat(job_title, bio) FROM member WHERE id = ?", String.class,
				member.id()))
			.isEmpty();
		assertThat(status(get(path))).isEqualTo(404);
	}

	private void describe(MemberPrincipal member, ProfileVisibility visibility) {
		this.profiles.save(member.id(), new Draft(null, "Functie", null, Set.of(), visibility));
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String slugPath(MemberPrincipal member) {
		return this.directory.find(member.id()).orElseThrow().profilePath();
	}

	private Expertise term(String slug) {
		return this.vocabulary.offered().stream().filter((t) -> t.slug().equals(slug)).findFirst().orElseThrow();
	}

}
