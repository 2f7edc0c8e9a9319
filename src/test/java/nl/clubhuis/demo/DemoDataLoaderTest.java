package nl.clubhuis.demo;

import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.route.StayInPhase;
import nl.clubhuis.doetank.DoetankRef;
import java.time.LocalDate;
import nl.clubhuis.route.domain.Timelines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.time.Clock;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.partners.PartnerEntry;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.partners.Partners;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.TemplateFile;
import nl.clubhuis.toolkit.ToolkitCatalog;
import nl.clubhuis.toolkit.WerkvormService;
import nl.clubhuis.toolkit.WerkvormUsages;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.documents.DoetankDocuments;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventCard;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.route.RouteRecords;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo profile loads the network's real Doetanks and the demo accounts, and loading
 * twice adds nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataLoaderTest {

	@Autowired
	Timelines timelines;

	@Autowired
	MemberService members;

	@Autowired
	DoetankHistory history;

	@Autowired
	DoetankService doetanks;

	@Autowired
	DoetankCatalog catalog;

	@Autowired
	GateReviewService reviews;

	@Autowired
	RouteRecords records;

	@Autowired
	PostService posts;

	@Autowired
	PostCatalog postCatalog;

	@Autowired
	Doetanks doetankRefs;

	@Autowired
	MemberDirectory memberDirectory;

	@Autowired
	Clock clock;

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	WerkvormUsages usages;

	@Autowired
	WerkvormService werkvormen;

	@Autowired
	ToolkitCatalog toolkitCatalog;

	@Autowired
	Partners partners;

	@Autowired
	AgendaCatalog agendaCatalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DoetankToolkit doetankToolkit;

	@Autowired
	nl.clubhuis.doetank.TeamService team;

	@Autowired
	nl.clubhuis.doetank.TeamGuests guests;

	@Autowired
	nl.clubhuis.doetank.Invitations invitations;

	@Autowired
	nl.clubhuis.doetank.DoetankEditService editing;

	@Autowired
	nl.clubhuis.member.Profiles profiles;

	@Autowired
	nl.clubhuis.expertise.ExpertiseVocabulary vocabulary;

	@Test
	void theDemoPeopleHaveProfilesWithExpertiseAndVariedVisibility() {
		java.util.List<nl.clubhuis.member.ProfileVisibility> visibilities = new java.util.ArrayList<>();
		for (DemoPeople.Person person : DemoPeople.MEMBERS.subList(0, 13)) {
			Long id = this.memberDirectory.findByEmail(person.email()).orElseThrow().id();
			nl.clubhuis.member.Profiles.Draft profile = this.profiles.own(id).draft();
			assertThat(profile.jobTitle()).as(person.name()).isNotBlank();
			assertThat(profile.expertise()).as(person.name()).isNotEmpty();
			visibilities.add(profile.visibility());
		}
		assertThat(visibilities).contains(nl.clubhuis.member.ProfileVisibility.IEDEREEN,
				nl.clubhuis.member.ProfileVisibility.LEDEN, nl.clubhuis.member.ProfileVisibility.NIEMAND);
	}

	@Autowired
	MilestoneService milestones;

	@Autowired
	DoetankDocuments documents;

	@Autowired
	nl.clubhuis.route.AdopterService adopters;

	List<SeedDoetank> seed;

	@Autowired
	nl.clubhuis.follow.Follows follows;

	@BeforeAll
	void loadTwice() throws IOException {
		// The demo beans exist only with the demo profile; this test shares the context
		// of
		// every integration test, so it makes its own.
		DemoDataLoader loader = new DemoDataLoader(this.members, this.history, this.doetanks, this.reviews,
				this.records,
				new DemoPosts(this.posts, this.postCatalog, this.doetankRefs, this.memberDirectory, this.clock),
				new DemoAgenda(this.events, this.registrations, this.agendaCatalog, this.doetankRefs, this.postCatalog,
						this.clock),
				new DemoToolkit(this.usages, this.werkvormen, this.toolkitCatalog, this.doetankToolkit,
						this.doetankRefs, this.memberDirectory, this.partners),
				new DemoTeams(this.team, this.guests), new DemoRevisions(this.editing, this.vocabulary),
				new DemoProfiles(this.profiles, this.vocabulary),
				new DemoMilestones(this.doetankRefs, this.milestones, this.memberDirectory, this.clock),
				new DemoDocuments(this.documents, this.doetankRefs),
				new DemoAdopters(this.doetankRefs, this.adopters, this.memberDirectory),
				new DemoLiveDoetanks(this.history, this.clock), new DemoQuestions(this.jdbc),
				new DemoFollows(this.follows, this.doetankRefs));
		loader.load();
		this.seed = JsonMapper.builder()
			.build()
			.readValue(new ClassPathResource("demo/seed-doetanks.json").getInputStream(),
					new TypeReference<List<SeedDoetank>>() {
					})
			.stream()
			.filter(SeedDoetank::isDoetank)
			.toList();
		Map<String, Object> before = counts();
		loader.load();
		assertThat(counts()).as("a second load adds nothing").isEqualTo(before);
	}

	@Test
	void theNetworkAsksQuestionsOldOnesBecameADoetankRecentOnesAreOpen() {
		List<String> titles = DemoQuestions.SEEDS.stream().map(DemoQuestions.Seed::title).toList();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM question WHERE title = ANY (?::text[])", Long.class,
				(Object) titles.toArray(String[]::new)))
			.isEqualTo(12);
		assertThat(this.jdbc.queryForObject("""
				SELECT d.slug FROM question q JOIN doetank d ON d.id = q.became_doetank_id
				JOIN answer a ON a.id = q.accepted_answer_id WHERE q.title = ?""", String.class, titles.get(0)))
			.isEqualTo(DemoDataLoader.KENNISBEHOUD);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM question q WHERE q.title = ANY (?::text[])
				AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.question_id = q.id)""", Long.class,
				(Object) titles.toArray(String[]::new)))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void theDemoTrekkersDoetankKeepsAPlanVanAanpakAndABusinessCase() {
		Long id = this.doetankRefs.findBySlug(DemoDataLoader.KENNISBEHOUD).orElseThrow().id();
		assertThat(this.documents.countOf(id)).isEqualTo(2);
	}

	@Test
	void everySeedDoetankIsThereWithItsPhaseAndStatus() {
		assertThat(this.seed).hasSize(22);
		for (SeedDoetank entry : this.seed) {
			Doetank doetank = this.catalog.show(entry.slug(), Viewer.anonymous());
			assertThat(doetank.getPhase()).as(entry.slug()).isEqualTo(SeedMapping.phase(entry.furthestPhase()));
			assertThat(doetank.getStatus()).as(entry.slug())
				.isEqualTo(SeedMapping.status(entry.status(), SeedMapping.phase(entry.furthestPhase())));
			assertThat(doetank.team(Long::compare)).as(entry.slug())
				.containsKeys(MembershipRole.TREKKER, MembershipRole.COACH);
		}
	}

	@Test
	void theDemoDoetanksHaveARouteThatMatchesHowFarTheyGot() {
		Timeline kennisbehoud = this.timelines
			.of(this.catalog.show("kennisbehoud-publieke-sector", Viewer.anonymous()).ref());
		assertThat(kennisbehoud.stages()).extracting(Timeline.Stage::phase).containsExactly(Phase.values());
		assertThat(kennisbehoud.stages().get(5).isOngoing()).as("still spreading when the record ends").isTrue();
		assertThat(kennisbehoud.stages()).as("before April 2014 no overleg: plain transitions")
			.allSatisfy((stage) -> assertThat(stage.reviews()).isEmpty());

		Doetank groen = this.catalog.show("groen-door-de-buurt", Viewer.anonymous());
		Timeline stopped = this.timelines.of(groen.ref());
		assertThat(stopped.stages()).extracting(Timeline.Stage::phase)
			.containsExactly(Phase.INITIEREN, Phase.SCHETSEN, Phase.ADOPTEREN);
		assertThat(stopped.stages().get(2).isOngoing()).isFalse();

		Timeline molenwaard = this.timelines
			.of(this.catalog.show("gemeente-zonder-huis-1-loslaten", Viewer.anonymous()).ref());
		Timeline.ReviewEntry first = molenwaard.stages().get(2).reviews().get(0);
		assertThat(first.review().getDecision()).isEqualTo(GateDecision.Kind.BLIJVEN);
		assertThat(first.review().getHeldOn()).isEqualTo(LocalDate.of(2014, 4, 15));
		assertThat(first.review().getCoachesPresent()).hasSizeGreaterThanOrEqualTo(2);

		Timeline active = this.timelines.of(this.catalog.show(DemoLiveDoetanks.ACTIVE, Viewer.anonymous()).ref());
		assertThat(active.stages()).last()
			.satisfies((stage) -> assertThat(stage.phase()).isEqualTo(Phase.ADOPTEREN))
			.satisfies((stage) -> assertThat(stage.isOngoing()).isTrue());
	}

	@Test
	void everySeededMilestoneLiesOnItsDoetanksRoute() {
		for (DemoMilestones.Seed seed : DemoMilestones.SEEDS) {
			DoetankRef doetank = this.doetankRefs.findBySlug(seed.slug()).orElseThrow();
			List<StayInPhase> stays = this.milestones.staysOf(doetank);
			LocalDate start = stays.get(0).from();
			LocalDate end = stays.get(stays.size() - 1).until();
			LocalDate day = this.jdbc.queryForObject(
					"SELECT happened_on FROM milestone WHERE doetank_id = ? AND title = ?", LocalDate.class,
					doetank.id(), seed.title());
			assertThat(day).as(seed.title()).isAfterOrEqualTo(start).isBeforeOrEqualTo(LocalDate.now(this.clock));
			if (end != null) {
				assertThat(day).as(seed.title()).isBeforeOrEqualTo(end);
			}
			assertThat(this.timelines.of(doetank).stages())
				.filteredOn((stage) -> stage.milestones().stream().anyMatch((m) -> m.title().equals(seed.title())))
				.as("%s stands in the stay in %s", seed.title(), seed.phase())
				.singleElement()
				.satisfies((stage) -> assertThat(stage.phase()).isEqualTo(seed.phase()));
		}
	}

	@Test
	void theNetworkHasNewsCafeReportsBlogsAndBeschouwingen() throws IOException {
		DemoPosts.DemoPostFile file = JsonMapper.builder()
			.build()
			.readValue(new ClassPathResource("demo/posts-nl.json").getInputStream(), DemoPosts.DemoPostFile.class);
		assertThat(file.news()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(file.cafeblog()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(file.doetankBlogs()).hasSizeGreaterThanOrEqualTo(3);
		Stream.of(file.news(), file.cafeblog(), file.doetankBlogs(), file.reflections())
			.flatMap(List::stream)
			.forEach((post) -> assertThat(this.postCatalog.hasPostTitled(post.title())).as(post.title()).isTrue());
		assertThat(this.postCatalog.latest(Set.of(PostKind.NIEUWS), 1)).as("news is published").isNotEmpty();
		Timeline groen = this.timelines.of(this.catalog.show("groen-door-de-buurt", Viewer.anonymous()).ref());
		assertThat(groen.stages()).filteredOn((stage) -> stage.phase() == Phase.ADOPTEREN)
			.singleElement()
			.satisfies((stage) -> assertThat(stage.beschouwingen()).isNotEmpty());
	}

	@Test
	void theAgendaHasAYearOfCafesWithReportsAndAFullMasterclass() {
		for (String pastCafe : List.of("cafe-stoppen-is-ook-een-uitkomst",
				"cafe-drie-doetanks-zoeken-een-opdrachtgever")) {
			EventCard cafe = this.agendaCatalog.find(pastCafe, Viewer.anonymous()).orElseThrow();
			assertThat(cafe.endsAt().toInstant()).as(pastCafe + " is behind us").isBefore(this.clock.instant());
			assertThat(cafe.report()).as(pastCafe + " links its report on the Café blog").isNotNull();
		}
		EventCard masterclass = this.agendaCatalog.find("masterclass-business-case-voor-doetanks", Viewer.anonymous())
			.orElseThrow();
		assertThat(masterclass.isFull()).isTrue();
		assertThat(masterclass.waiting()).isEqualTo(2);
		EventCard meeting = this.agendaCatalog.find("werksessie-de-proef-in-zwolle-voorbereiden", Viewer.anonymous())
			.orElseThrow();
		assertThat(meeting.type()).isEqualTo(EventType.DOETANK);
		assertThat(meeting.host().slug()).isEqualTo(DemoLiveDoetanks.ACTIVE);
	}

	@Test
	void organisationsComeWithTheDoetank() {
		assertThat(this.catalog.show("kennisbehoud-publieke-sector", Viewer.anonymous()).getOrganisations())
			.contains("Kadaster");
	}

	@Test
	void aWrongPasswordDoesNotLogIn() throws Exception {
		this.mvc.perform(formLogin("/login").userParameter("email").user("lid@example.org").password("fout-wachtwoord"))
			.andExpect(redirectedUrl("/login?fout"));
	}

	@Test
	void stoppedDoetanksCarryTheirReasonAndLessons() {
		Doetank groen = this.catalog.show("groen-door-de-buurt", Viewer.anonymous());

		assertThat(groen.getStatus()).isEqualTo(DoetankStatus.GESTOPT);
		assertThat(groen.getPhase()).isEqualTo(Phase.ADOPTEREN);
		assertThat(groen.getStopReason()).containsIgnoringCase("geld");
		assertThat(groen.getLessons()).isNotBlank();
	}

	@Test
	void theDemoTrekkerAndCoachRunKennisbehoud() {
		Doetank kennisbehoud = this.catalog.show("kennisbehoud-publieke-sector", Viewer.anonymous());
		MemberPrincipal trekker = this.members.findByEmail("trekker@example.org").orElseThrow();
		MemberPrincipal coach = this.members.findByEmail("coach@example.org").orElseThrow();

		assertThat(kennisbehoud.isTrekker(trekker.id())).isTrue();
		assertThat(kennisbehoud.isCoachOf(coach.id())).isTrue();
		assertThat(kennisbehoud.isDiffusietank()).isTrue();
	}

	@Test
	void thereIsWorkWaitingForTheDemoCoachAndTrekker() {
		MemberPrincipal coach = this.members.findByEmail("coach@example.org").orElseThrow();
		// Other tests add proposals to the same database, so it need not be on the first
		// page.
		assertThat(this.catalog.show("minder-formulieren-bij-de-wmo-aanvraag", Viewer.of(coach)).getStatus())
			.isEqualTo(nl.clubhuis.doetank.DoetankStatus.VOORSTEL);
		Doetank live = this.catalog.show(DemoLiveDoetanks.ACTIVE, Viewer.anonymous());
		assertThat(live.pendingRequests()).isNotEmpty();
		assertThat(live.isCoachOf(coach.id())).isTrue();
		assertThat(this.timelines.of(live.ref()).openRequests()).isNotEmpty();
		assertThat(this.records.agreement(live.getId())).isPresent();
		assertThat(this.records.businessCase(live.getId()).lines()).hasSize(2);
		assertThat(live.getExpertiseIds()).as("what the team looks for, in the vocabulary").hasSize(2);
		assertThat(live.getUrgency()).isEqualTo("hoog");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM doetank_revision WHERE doetank_id = ?", Integer.class,
				live.getId()))
			.as("the trekker's and the coach's save")
			.isEqualTo(2);
	}

	@Test
	void theDemoLidHasAnInvitationToAnswerAndTeamsListPeopleWithoutAnAccount() {
		MemberPrincipal lid = this.members.findByEmail("lid@example.org").orElseThrow();
		assertThat(this.invitations.openFor(lid.id()))
			.anySatisfy((invitation) -> assertThat(invitation.doetank().slug()).isEqualTo(DemoLiveDoetanks.ACTIVE));
		Doetank live = this.catalog.show(DemoLiveDoetanks.ACTIVE, Viewer.anonymous());
		assertThat(this.guests.of(live.getId())).extracting(nl.clubhuis.doetank.Guest::name).contains("Henk Verbeek");
	}

	@Test
	void everyDemoAccountLogsInWithTheDemoPassword() throws Exception {
		for (String who : List.of("lid", "trekker", "coach", "redacteur", "beheerder")) {
			this.mvc.perform(
					formLogin("/login").userParameter("email").user(who + "@example.org").password(DemoPeople.PASSWORD))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void theBundledSeedIsTheNetworksSeed() throws IOException {
		Path shared = Path.of("..", "shared", "seed", "doetanks.json");
		assumeTrue(Files.exists(shared), "the shared seed sits beside the checkout only in the project workspace");

		assertThat(new ClassPathResource("demo/seed-doetanks.json")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(Files.readString(shared));
	}

	@Test
	void theToolkitShowsWhatRealDoetanksDidAndThePartnersTheNetworkNamed() throws Exception {
		assertThat(this.toolkitCatalog.usages("pitch", 0).getContent()).anySatisfy((usage) -> {
			assertThat(usage.doetank().slug()).isEqualTo("kennisbehoud-publieke-sector");
			assertThat(usage.phase()).isEqualTo(Phase.ADOPTEREN);
			assertThat(usage.note()).contains("Kadaster");
		});
		assertThat(this.toolkitCatalog.suggest(Phase.ADOPTEREN, Question.NO_OPDRACHTGEVER).examples())
			.extracting((usage) -> usage.doetank().slug())
			.contains("kennisbehoud-publieke-sector");
		assertThat(this.partners.byKind().get(PartnerKind.CONSORTIUM)).extracting(PartnerEntry::name)
			.contains("Kennisland", "Kafkabrigade", "TNO")
			.noneMatch((name) -> name.contains("BWOB"));

		List<TemplateFile> files = this.toolkitCatalog.templates("business-case");
		assertThat(files).extracting(TemplateFile::fileName).contains("businesscase-rekenblad.ods");
		this.mvc.perform(get("/toolkit/business-case/bestanden/" + files.get(0).id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.oasis.opendocument.spreadsheet"));
	}

	@Test
	void bwobIsListedAsTheNetworksFunderNotAsPartOfTheConsortium() throws Exception {
		String bwob = "Beter Werken in het Openbaar Bestuur (BWOB)";
		nl.clubhuis.Html page = nl.clubhuis.Html.of(this.mvc.perform(get("/partners")).andExpect(status().isOk()));
		assertThat(page.text("#titel-financier")).isEqualTo("Opdrachtgever en financier");
		assertThat(page.texts("section#financier .card__title")).contains(bwob);
		assertThat(page.texts("section#consortium .card__title")).contains("Kennisland").doesNotContain(bwob);

		nl.clubhuis.Html about = nl.clubhuis.Html.of(this.mvc.perform(get("/over")).andExpect(status().isOk()));
		assertThat(about.one("h3:containsOwn(Opdrachtgever en financier) + ul").text()).contains(bwob);
		assertThat(about.one("h3:containsOwn(Consortium) + ul").text()).doesNotContain("BWOB");
	}

	private Map<String, Object> counts() {
		return this.jdbc
			.queryForMap("SELECT (SELECT count(*) FROM member) AS members, (SELECT count(*) FROM doetank) AS doetanks, "
					+ "(SELECT count(*) FROM membership) AS memberships, (SELECT count(*) FROM post) AS posts, "
					+ "(SELECT count(*) FROM event) AS events, (SELECT count(*) FROM event_registration) AS registrations, "
					+ "(SELECT count(*) FROM werkvorm_usage) AS usages, (SELECT count(*) FROM partner) AS partners, "
					+ "(SELECT count(*) FROM werkvorm_template) AS templates, "
					+ "(SELECT count(*) FROM doetank_revision) AS revisions, (SELECT count(*) FROM milestone) AS milestones, "
					+ "(SELECT count(*) FROM question) AS questions, (SELECT count(*) FROM answer) AS answers");
	}

	@Test
	void lidFollowsTwoDoetanksAndTheTrekkerAndTheCoachHasAProposalWaiting() {
		Long lid = this.jdbc.queryForObject("SELECT id FROM member WHERE email = ?", Long.class,
				DemoPeople.LID.email());
		Long coach = this.jdbc.queryForObject("SELECT id FROM member WHERE email = ?", Long.class,
				DemoPeople.COACH.email());
		assertThat(this.follows.followedBy(lid)).extracting((target) -> target.kind().name())
			.containsOnly("DOETANK", "MEMBER")
			.hasSize(3);
		assertThat(this.jdbc.queryForList("SELECT kind FROM notification WHERE member_id = ?", String.class, coach))
			.contains("INTAKE_WAITING");
	}

}
