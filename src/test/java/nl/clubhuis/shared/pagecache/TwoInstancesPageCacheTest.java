package nl.clubhuis.shared.pagecache;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.clubhuis.ClubhuisApplication;
import nl.clubhuis.PostgresForTests;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.doetank.TestExpertise;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.route.GateReviewCommand;
import nl.clubhuis.route.GateReviewService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache on two instances of the portal sharing one database, as behind a load
 * balancer: this test's application is instance A, a second one is started beside it (B).
 * Visitors get cached pages, never what a member or a redacteur sees, and a change made
 * on one instance reaches visitors of the other within a second.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "clubhuis.page-cache.enabled=true")
@Import({ TestDatabaseConfiguration.class, TestPeople.class, TestPosts.class, TestDoetanks.class, TestEvents.class,
		StatementCounter.Configuration.class })
class TwoInstancesPageCacheTest {

	private static ConfigurableApplicationContext instanceB;

	@LocalServerPort
	int portA;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestEvents events;

	@Autowired
	PageCache cacheA;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GateReviewService reviews;

	@BeforeAll
	static void startInstanceB() {
		PostgresForTests.Connection database = PostgresForTests.forTests();
		instanceB = new SpringApplicationBuilder(ClubhuisApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--clubhuis.page-cache.enabled=true",
				"--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopInstanceB() {
		instanceB.close();
	}

	@Test
	void aVisitorsSecondViewNeedsNoDatabase() throws Exception {
		waitUntilListening();
		String first = visit(a(), "/nieuws");

		this.statements.resetForEveryThread();
		String second = visit(a(), "/nieuws");

		assertThat(second).isEqualTo(first);
		assertThat(this.statements.recorded()).isEmpty();
	}

	@Test
	void newsPublishedOnOneInstanceReachesVisitorsOfTheOtherWithinASecond() throws Exception {
		waitUntilListening();
		String title = "Bericht van instantie A " + UUID.randomUUID();
		assertThat(visit(b(), "/nieuws")).doesNotContain(title);
		assertThat(visit(b(), "/nieuws")).as("now cached on B").doesNotContain(title);

		this.posts.published(PostKind.NIEUWS, null, title, this.people.redacteur("Rik Redacteur"));
		Instant published = Instant.now();

		shownWithinASecond(() -> visit(b(), "/nieuws"), title, published);
	}

	@Test
	void aConceptIsNeverServedToAVisitorAndItsPublicationIsSeenAtOnce() throws Exception {
		waitUntilListening();
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		TestPosts.WrittenPost concept = this.posts.concept(PostKind.NIEUWS, null, "Nog geheim " + UUID.randomUUID(),
				redacteur);
		Browser writer = loggedIn(a(), redacteur);

		assertThat(writer.get(concept.path()).statusCode()).isEqualTo(200);
		assertThat(writer.get(concept.path()).body()).contains(concept.title());
		for (String instance : new String[] { a(), b() }) {
			assertThat(anonymous(instance + concept.path()).statusCode()).isEqualTo(404);
			assertThat(visit(instance, "/nieuws")).doesNotContain(concept.title());
		}
	}

	@Test
	void theKeptMenuShowsEachMemberTheLinksOfTheirOwnRolesTheirNameAndTheirLanguage() throws Exception {
		waitUntilListening();
		MemberPrincipal beheerder = this.people.beheerder("Menu Beheerder " + UUID.randomUUID());
		MemberPrincipal lid = this.people.member("Menu Lid " + UUID.randomUUID());
		Browser asBeheerder = loggedIn(a(), beheerder);
		Browser asLid = loggedIn(a(), lid);

		for (int view = 0; view < 2; view++) {
			Document beheerdersPage = Jsoup.parse(asBeheerder.get("/doetanks").body());
			Document lidsPage = Jsoup.parse(asLid.get("/doetanks").body());
			assertThat(beheerdersPage.select(".account a").eachAttr("href")).contains("/beheer", "/coach");
			assertThat(lidsPage.select(".account a").eachAttr("href")).doesNotContain("/beheer", "/coach")
				.contains("/mijn", "/mijn/meldingen", "/mijn/profiel");
			assertThat(beheerdersPage.select(".account__name").text()).isEqualTo(beheerder.name());
			assertThat(lidsPage.select(".account__name").text()).isEqualTo(lid.name());
			assertThat(lidsPage.select(".main-nav a[aria-current=true]").text()).isEqualTo("Doetanks");
		}
		Document agenda = Jsoup.parse(asLid.get("/agenda").body());
		assertThat(agenda.select(".main-nav a[aria-current=true]").text()).isEqualTo("Agenda");
		Document english = Jsoup.parse(asLid.get("/nieuws?lang=en").body());
		assertThat(english.select(".main-nav a[aria-current=true]").text()).isEqualTo("News");
		assertThat(english.select(".site-footer__links a[href=/over]").text()).isEqualTo("About the network");
		Document dutch = Jsoup.parse(asBeheerder.get("/nieuws").body());
		assertThat(dutch.select(".main-nav a[aria-current=true]").text()).isEqualTo("Nieuws");
		assertThat(dutch.select(".account a[href=/beheer]").text()).isEqualTo("Beheer");
	}

	@Test
	void theKeptLayoutHasTheHashedStylesheetAndDutchTextsWhenAnErrorPageOrAnOddLanguageDrewItFirst() throws Exception {
		waitUntilListening();
		Browser member = loggedIn(a(), this.people.member("Lotte Layout"));
		String hashed = "/css/clubhuis-[0-9a-f]{32}\\.css";

		this.cacheA.invalidateAll();
		HttpResponse<String> missing = member.client()
			.send(HttpRequest.newBuilder(URI.create(a() + "/bestaat-niet")).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(stylesheet(missing.body())).matches(hashed);
		assertThat(stylesheet(member.get("/doetanks").body())).matches(hashed);

		this.cacheA.invalidateAll();
		HttpResponse<String> german = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(a() + "/agenda")).header("Cookie", "clubhuis-taal=de").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(german.body()).doesNotContain("??");
		Document dutch = Jsoup.parse(anonymous(a() + "/agenda").body());
		assertThat(dutch.select(".main-nav a[href=/nieuws]").text()).isEqualTo("Nieuws");
		assertThat(dutch.text()).doesNotContain("??");
	}

	private static String stylesheet(String page) {
		return Jsoup.parse(page).select("link[rel=stylesheet]").attr("href");
	}

	@Test
	void aMembersPageIsNeverServedToAVisitorOrAnotherMember() throws Exception {
		waitUntilListening();
		MemberPrincipal anna = this.people.member("Anna Ledenlijst");
		MemberPrincipal bob = this.people.member("Bob Ledenlijst");
		Browser annasBrowser = loggedIn(a(), anna);
		Browser bobsBrowser = loggedIn(a(), bob);

		assertThat(annasBrowser.get("/").body()).contains(anna.name());
		for (String instance : new String[] { a(), b() }) {
			assertThat(visit(instance, "/")).doesNotContain(anna.name());
		}
		assertThat(bobsBrowser.get("/").body()).contains(bob.name()).doesNotContain(anna.name());
		assertThat(annasBrowser.get("/").body()).contains(anna.name());
	}

	@Test
	void aListDrawnOnceShowsVisitorsAndMembersEachTheirOwnView() throws Exception {
		waitUntilListening();
		String title = "Gedeelde lijst " + UUID.randomUUID();
		MemberPrincipal author = this.people.redacteur("Rosa Gedeeld");
		this.posts.published(PostKind.NIEUWS, null, title, author);
		MemberPrincipal coach = this.people.coach("Coco Gedeeld");

		// A visitor asks first on A, a member first on B: each list is drawn once per
		// audience.
		assertThat(authorLinked(visit(a(), "/nieuws"), title)).as("a visitor on A").isFalse();
		assertThat(authorLinked(loggedIn(a(), coach).get("/nieuws").body(), title)).as("a member on A").isTrue();
		String forMembers = loggedIn(b(), coach).get("/nieuws").body();
		assertThat(authorLinked(forMembers, title)).as("a member on B").isTrue();
		assertThat(authorLinked(visit(b(), "/nieuws"), title)).as("a visitor on B").isFalse();
		String nextMember = loggedIn(b(), this.people.member("Nico Daarna")).get("/nieuws").body();
		assertThat(Jsoup.parse(nextMember).select(".post-list").text()).as("nothing of the member who asked first")
			.doesNotContain(coach.name())
			.contains(title);
	}

	/**
	 * Whether the author of the post titled so is linked to their profile (members only).
	 */
	private static boolean authorLinked(String page, String title) {
		Element card = Jsoup.parse(page)
			.select(".post-card")
			.stream()
			.filter((c) -> c.select(".post-card__title").text().equals(title))
			.findFirst()
			.orElseThrow();
		return !card.select(".post-card__author a[href^=/leden/]").isEmpty();
	}

	@Test
	void aMembersHomeShowsNewsPublishedOnTheOtherInstanceWithinASecond() throws Exception {
		waitUntilListening();
		Browser browser = loggedIn(b(), this.people.member("Mila Thuislezer"));
		String title = "Nieuws voor leden " + UUID.randomUUID();
		assertThat(browser.get("/").body()).doesNotContain(title);
		assertThat(browser.get("/").body()).as("the lists are now kept on B").doesNotContain(title);

		this.posts.published(PostKind.NIEUWS, null, title, this.people.redacteur("Rik Redacteur"));
		Instant published = Instant.now();

		shownWithinASecond(() -> browser.get("/").body(), title, published);
	}

	@Test
	void aMembersSecondViewOfTheHomePageDoesNotReadTheSharedListsAgain() throws Exception {
		waitUntilListening();
		Browser browser = loggedIn(a(), this.people.member("Max Tweedekeer"));
		browser.get("/");

		this.statements.resetForEveryThread();
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		long kept = this.statements.count();
		this.cacheA.invalidateAll();
		this.statements.resetForEveryThread();
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		long readAgain = this.statements.count();

		assertThat(kept).as("statements with the lists kept").isLessThanOrEqualTo(readAgain - 8);
	}

	@Test
	void aMembersHomeShowsTheirOwnDoetanksFromCardsDrawnOnceAndARenamedOneWithinASecond() throws Exception {
		waitUntilListening();
		MemberPrincipal coach = this.people.coach("Kees Kaarten");
		MemberPrincipal anna = this.people.member("Anna Kaarten");
		MemberPrincipal bram = this.people.member("Bram Kaarten");
		String shared = this.doetanks.active(anna, coach);
		String annasOwn = this.doetanks.proposal(anna);
		String bramsOwn = this.doetanks.active(bram, coach);
		this.doetanks.addMember(shared, bram, MembershipRole.LID);
		Browser annaOnA = loggedIn(a(), anna);
		Browser bramOnB = loggedIn(b(), bram);

		for (int view = 0; view < 2; view++) {
			assertThat(myDoetanks(annaOnA)).containsExactlyInAnyOrder("/doetanks/" + shared, "/doetanks/" + annasOwn);
			assertThat(myDoetanks(bramOnB)).containsExactlyInAnyOrder("/doetanks/" + shared, "/doetanks/" + bramsOwn);
			assertThat(myDoetanks(loggedIn(a(), bram))).as("Bram on A, after Anna drew the card they share")
				.containsExactlyInAnyOrder("/doetanks/" + shared, "/doetanks/" + bramsOwn);
		}
		myDoetanks(annaOnA); // drawn again: a login is a POST, which empties the cache
		this.statements.resetForEveryThread();
		assertThat(myDoetanks(annaOnA)).hasSize(2);
		assertThat(this.statements.recorded()).as("the cards and which Doetanks are Anna's are kept")
			.noneMatch((sql) -> sql.toLowerCase(Locale.ROOT).contains("from doetank d"));

		String renamed = "Hernoemd " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("UPDATE doetank SET title = ? WHERE slug = ?", renamed, shared);
		shownWithinASecond(() -> bramOnB.get("/").body(), renamed, Instant.now());

		this.doetanks.addMember(bramsOwn, anna, MembershipRole.LID);
		shownWithinASecond(() -> String.join(" ", myDoetanks(annaOnA)), "/doetanks/" + bramsOwn, Instant.now());
		assertThat(myDoetanks(annaOnA)).containsExactlyInAnyOrder("/doetanks/" + shared, "/doetanks/" + annasOwn,
				"/doetanks/" + bramsOwn);
	}

	/** The links of the cards under "Jouw Doetanks" on the home page. */
	private static List<String> myDoetanks(Browser browser) throws Exception {
		return Jsoup.parse(browser.get("/").body()).select("#mijn-titel + .card-grid .card__title a").eachAttr("href");
	}

	@Test
	void aMembersOwnPageIsKeptForThemAndShowsAChangeFromTheOtherInstanceWithinASecond() throws Exception {
		waitUntilListening();
		MemberPrincipal coach = this.people.coach("Kees Mijnpagina");
		MemberPrincipal anna = this.people.member("Anna Mijnpagina");
		MemberPrincipal bram = this.people.member("Bram Mijnpagina");
		String annasOwn = this.doetanks.active(anna, coach);
		// Logged in first: a login is a POST, which empties the cache.
		Browser annaOnA = loggedIn(a(), anna);
		Browser bramOnA = loggedIn(a(), bram);
		Browser bramOnB = loggedIn(b(), bram);

		assertThat(myPageDoetanks(annaOnA)).containsExactly("/doetanks/" + annasOwn);
		assertThat(myPageDoetanks(bramOnA)).as("Bram on A, after Anna's page was kept there").isEmpty();
		assertThat(myPageDoetanks(bramOnB)).isEmpty();
		this.statements.resetForEveryThread();
		assertThat(myPageDoetanks(annaOnA)).containsExactly("/doetanks/" + annasOwn);
		assertThat(this.statements.recorded()).as("Anna's sections are kept for her")
			.noneMatch((sql) -> sql.toLowerCase(Locale.ROOT).contains("membership"));

		this.doetanks.addMember(annasOwn, bram, MembershipRole.LID);
		shownWithinASecond(() -> String.join(" ", myPageDoetanks(bramOnB)), "/doetanks/" + annasOwn, Instant.now());
	}

	/** The links under "Mijn Doetanks" on /mijn. */
	private static List<String> myPageDoetanks(Browser browser) throws Exception {
		HttpResponse<String> page = browser.get("/mijn");
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select("#mijn-doetanks li a").eachAttr("href");
	}

	@Test
	void aMembersSearchIsKeptForThemAloneAndFindsWhatIsPublishedOnTheOtherInstanceWithinASecond() throws Exception {
		waitUntilListening();
		String word = "zoekwoord" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
		MemberPrincipal redacteur = this.people.redacteur("Rik Zoekredacteur");
		String concept = this.posts.concept(PostKind.NIEUWS, null, "Concept over " + word, redacteur).title();
		Browser redacteurOnA = loggedIn(a(), redacteur);
		MemberPrincipal lid = this.people.member("Lotte Zoeklid");
		Browser lidOnA = loggedIn(a(), lid);
		Browser lidOnB = loggedIn(b(), lid);
		String search = "/zoeken?q=" + word;

		assertThat(hitTitles(redacteurOnA, search)).as("the redactie finds its concepts").containsExactly(concept);
		assertThat(hitTitles(lidOnA, search)).as("another member, after the redacteur's search was kept").isEmpty();
		assertThat(hitTitles(lidOnB, search)).isEmpty();
		this.statements.resetForEveryThread();
		assertThat(hitTitles(redacteurOnA, search)).containsExactly(concept);
		assertThat(this.statements.recorded()).as("the redacteur's search is kept for them")
			.noneMatch((sql) -> sql.contains("dutch_query"));
		assertThat(hitTitles(redacteurOnA, search + "&soort=vraag")).as("another kind is another search").isEmpty();
		assertThat(hitTitles(redacteurOnA, search + "x")).as("another word too").isEmpty();

		String title = "Nieuws over " + word;
		this.posts.published(PostKind.NIEUWS, null, title, redacteur);
		shownWithinASecond(() -> String.join(" ", hitTitles(lidOnB, search)), title, Instant.now());
	}

	private static List<String> hitTitles(Browser browser, String search) throws Exception {
		HttpResponse<String> page = browser.get(search);
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select(".search-result__title").eachText();
	}

	@Test
	void aTeamMeetingIsKeptAndWhoMayRegisterFollowsTheTeamWithinASecond() throws Exception {
		waitUntilListening();
		MemberPrincipal trekker = this.people.member("Tom Teamoverleg");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cato Teamoverleg"));
		EventRef meeting = this.events.meeting(doetank, trekker);
		EventRef nextMeeting = this.events.meeting(doetank, trekker);
		String registering = "action=\"" + meeting.path() + "/aanmelden\"";
		MemberPrincipal newcomer = this.people.member("Nora Nieuwkomer");
		Browser trekkerOnA = loggedIn(a(), trekker);
		Browser newcomerOnB = loggedIn(b(), newcomer);

		for (int view = 0; view < 2; view++) {
			assertThat(trekkerOnA.get(meeting.path()).body()).as("the team registers").contains(registering);
			assertThat(loggedIn(a(), newcomer).get(meeting.path()).body()).as("not yet in the team, on A")
				.doesNotContain(registering);
			assertThat(newcomerOnB.get(meeting.path()).body()).as("not yet in the team, on B")
				.doesNotContain(registering);
		}
		this.statements.resetForEveryThread();
		assertThat(trekkerOnA.get(meeting.path()).statusCode()).isEqualTo(200);
		assertThat(this.statements.recorded()).as("the event itself is kept")
			.noneMatch((sql) -> sql.contains("from event e1_0 "));

		this.doetanks.addMember(doetank, newcomer, MembershipRole.LID);
		shownWithinASecond(() -> newcomerOnB.get(meeting.path()).body(), registering, Instant.now());

		Browser newcomerOnA = loggedIn(a(), newcomer);
		assertThat(ownRegistration(newcomerOnA, meeting)).as("kept: not registered").isEmpty();
		String token = Jsoup.parse(newcomerOnB.get(meeting.path()).body())
			.select("form[action=" + meeting.path() + "/aanmelden] input[name=_csrf]")
			.val();
		assertThat(newcomerOnB.post(meeting.path() + "/aanmelden", "_csrf=" + token).statusCode()).isEqualTo(302);
		assertThat(ownRegistration(newcomerOnB, meeting)).as("at once where they registered")
			.isEqualTo("Je bent aangemeld. Tot dan!");
		shownWithinASecond(() -> ownRegistration(newcomerOnA, meeting), "Je bent aangemeld. Tot dan!", Instant.now());
		this.statements.resetForEveryThread();
		assertThat(ownRegistration(newcomerOnA, meeting)).isEqualTo("Je bent aangemeld. Tot dan!");
		assertThat(this.statements.recorded()).as("their registration is kept for them")
			.noneMatch((sql) -> sql.contains("from event_registration"));
		assertThat(ownRegistration(newcomerOnA, nextMeeting)).as("kept for that event only").isEmpty();
	}

	private static String ownRegistration(Browser member, EventRef event) throws Exception {
		return Jsoup.parse(member.get(event.path()).body()).select(".own-request").text();
	}

	@Test
	void theQuestionListIsKeptPerExpertiseSoEachMemberStillSeesTheirOwnQuestionsFirst() throws Exception {
		waitUntilListening();
		MemberPrincipal ria = this.people.member("Ria Regelkenner");
		MemberPrincipal dirk = this.people.member("Dirk Datakenner");
		String rules = expertiseKnownBy(ria);
		String data = expertiseKnownBy(dirk);
		String forRia = asked("Vraag over regels " + UUID.randomUUID(), rules);
		String forDirk = asked("Vraag over data " + UUID.randomUUID(), data);
		Browser riasBrowser = loggedIn(a(), ria);
		Browser dirksBrowser = loggedIn(a(), dirk);

		for (int view = 0; view < 2; view++) {
			assertThat(questionTitles(riasBrowser)).startsWith(forRia, forDirk);
			assertThat(questionTitles(dirksBrowser)).startsWith(forDirk, forRia);
		}
		this.statements.resetForEveryThread();
		questionTitles(riasBrowser);
		long kept = this.statements.count();
		this.cacheA.invalidateAll();
		this.statements.resetForEveryThread();
		questionTitles(riasBrowser);
		assertThat(kept).as("statements with the list kept").isLessThan(this.statements.count());
	}

	@Test
	void aMembersDoetankPageKeepsItsTimelineAndShowsANewMilestoneWithinASecond() throws Exception {
		waitUntilListening();
		MemberPrincipal trekker = this.people.member("Tess Tijdlijn");
		String page = "/doetanks/" + this.doetanks.active(trekker, this.people.coach("Coen Tijdlijn"));
		Browser browser = loggedIn(a(), this.people.member("Lotte Meelezer"));
		assertThat(browser.get(page).statusCode()).isEqualTo(200);

		this.statements.resetForEveryThread();
		browser.get(page);
		long kept = this.statements.count();
		this.cacheA.invalidateAll();
		this.statements.resetForEveryThread();
		browser.get(page);
		assertThat(kept).as("statements with the timeline and stories kept")
			.isLessThanOrEqualTo(this.statements.count() - 7);

		String milestone = "Mijlpaal " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO milestone (doetank_id, happened_on, title, line, created_by_id, created_at,"
				+ " updated_at) SELECT id, current_date, ?, 'Eerste proef gedraaid', ?, now(), now() FROM doetank"
				+ " WHERE slug = ?", milestone, trekker.id(), page.substring("/doetanks/".length()));
		shownWithinASecond(() -> browser.get(page).body(), milestone, Instant.now());
	}

	@Test
	void aTimelineDrawnForACoachShowsOthersNeitherTheCoachesReflectionNorTheTeamsLinks() throws Exception {
		waitUntilListening();
		MemberPrincipal trekker = this.people.member("Tom Tijdlijnteam");
		MemberPrincipal coach = this.people.coach("Carla Tijdlijncoach");
		String slug = this.doetanks.active(trekker, coach);
		GateReviewCommand review = this.doetanks.review(slug, GateDecision.Kind.BLIJVEN);
		String secret = "Onder coaches " + UUID.randomUUID().toString().substring(0, 8);
		this.reviews.record(slug, new GateReviewCommand(review.heldOn(), review.coachIds(), review.answers(),
				review.reflection(), review.decision(), secret), coach);
		String milestone = "Mijlpaal " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO milestone (doetank_id, happened_on, title, line, created_by_id, created_at,"
				+ " updated_at) SELECT id, current_date, ?, 'Eerste proef gedraaid', ?, now(), now() FROM doetank"
				+ " WHERE slug = ?", milestone, trekker.id(), slug);
		// Logged in first: a login is a POST, which empties the cache.
		Browser coachOnA = loggedIn(a(), coach);
		Browser memberOnA = loggedIn(a(), this.people.member("Mees Meelezer"));
		Browser trekkerOnA = loggedIn(a(), trekker);
		String page = "/doetanks/" + slug;

		Document asCoach = Jsoup.parse(coachOnA.get(page).body());
		assertThat(asCoach.select(".timeline .review__private").text()).contains(secret);
		assertThat(asCoach.select(".timeline .milestone__actions")).as("the coach keeps the milestones").isNotEmpty();

		Document asMember = Jsoup.parse(memberOnA.get(page).body());
		assertThat(asMember.select(".timeline").text()).contains(milestone, review.reflection()).doesNotContain(secret);
		assertThat(asMember.select(".timeline .milestone__actions")).isEmpty();

		Document asTrekker = Jsoup.parse(trekkerOnA.get(page).body());
		assertThat(asTrekker.select(".timeline").text()).contains(milestone).doesNotContain(secret);
		assertThat(asTrekker.select(".timeline .milestone__actions")).as("the team keeps the milestones").isNotEmpty();
	}

	@Test
	void aDoetankPageKeptForAMemberCarriesEachSessionsOwnTokenAndShowsNoOneElseWhatTheyFollow() throws Exception {
		waitUntilListening();
		String page = "/doetanks/"
				+ this.doetanks.active(this.people.member("Tineke Teampagina"), this.people.coach("Cas Teampagina"));
		MemberPrincipal lotte = this.people.member("Lotte Tweesessies");
		// Logged in first: a login is a POST, which empties the cache.
		Browser lottesLaptop = loggedIn(a(), lotte);
		Browser lottesPhone = loggedIn(a(), lotte);
		Browser bob = loggedIn(a(), this.people.member("Bob Buurpagina"));

		// A HEAD's model lacks what only a GET gets (the way back after following).
		assertThat(lottesLaptop.head(page).statusCode()).isEqualTo(200);
		Element laptopForm = Jsoup.parse(lottesLaptop.get(page).body()).selectFirst("form.follow");
		assertThat(laptopForm.select("input[name=terug]").val()).isEqualTo(page);
		this.statements.resetForEveryThread();
		Element phoneForm = Jsoup.parse(lottesPhone.get(page).body()).selectFirst("form.follow");
		assertThat(this.statements.recorded()).as("the page kept for Lotte")
			.noneMatch((sql) -> sql.toLowerCase(Locale.ROOT).contains("doetank"));
		assertThat(phoneForm.select("button").attr("aria-pressed")).isEqualTo("false");
		String phoneToken = phoneForm.select("input[name=_csrf]").val();
		assertThat(phoneToken).as("a token of this request, not the one the page was drawn with")
			.isNotBlank()
			.isNotEqualTo(laptopForm.select("input[name=_csrf]").val());

		HttpResponse<String> followed = lottesPhone.post(phoneForm.attr("action"),
				String.join("&", phoneForm.select("input[type=hidden]")
					.stream()
					.map((input) -> input.attr("name") + "=" + URLEncoder.encode(input.val(), StandardCharsets.UTF_8))
					.toList()));
		assertThat(followed.statusCode()).as("the kept form posts with the phone's token").isEqualTo(302);
		assertThat(followButton(lottesPhone, page)).as("her own change, at once").isEqualTo("true");
		shownWithinASecond(() -> followButton(lottesLaptop, page), "true", Instant.now());
		Document bobsPage = Jsoup.parse(bob.get(page).body());
		assertThat(bobsPage.select("form.follow button").attr("aria-pressed"))
			.as("Bob's own page, after Lotte's was kept")
			.isEqualTo("false");
		assertThat(bobsPage.select(".account__name").text()).isEqualTo("Bob Buurpagina");

		lottesLaptop.aMomentLater();
		lottesLaptop.get(page);
		this.statements.resetForEveryThread();
		lottesLaptop.get(page);
		assertThat(this.statements.recorded()).as("kept for Lotte's laptop again")
			.noneMatch((sql) -> sql.toLowerCase(Locale.ROOT).contains("doetank"));
		this.jdbc.update("""
				INSERT INTO notification (member_id, kind, source_key, link, arguments, occurred_at)
				VALUES (?, 'NEW_POST', ?, '/nieuws', '{}', now())""", lotte.id(), UUID.randomUUID().toString());
		Instant notified = Instant.now();
		shownWithinASecond(
				() -> Jsoup.parse(lottesLaptop.get(page).body()).select("a[href=/mijn/meldingen] .count-badge").text(),
				"1", notified);
	}

	@Test
	void aPostPageKeptForAMemberShowsACommentsProblemOnceAndNeverKeepsIt() throws Exception {
		waitUntilListening();
		TestPosts.WrittenPost post = this.posts.published(PostKind.NIEUWS, null,
				"Lang verhaal " + UUID.randomUUID().toString().substring(0, 8), this.people.redacteur("Rosa Reactie"));
		Browser member = loggedIn(a(), this.people.member("Mark Teveel"));
		Document first = Jsoup.parse(member.get(post.path()).body());
		String token = first.select("#reageren input[name=_csrf]").val();

		String tooLong = "x".repeat(2001);
		assertThat(member.post("/berichten/" + post.slug() + "/reacties", "text=" + tooLong + "&_csrf=" + token)
			.statusCode()).isEqualTo(302);
		// Past the moment after a change: only the redirect's attributes keep the page
		// from being kept with the problem in it.
		member.aMomentLater();
		Document withProblem = Jsoup.parse(member.get(post.path()).body());
		assertThat(withProblem.select("#reageren .field__error")).isNotEmpty();
		assertThat(withProblem.select("#reageren textarea[name=text]").text()).isEqualTo(tooLong);

		Document again = Jsoup.parse(member.get(post.path()).body());
		assertThat(again.select("#reageren .field__error")).as("shown once").isEmpty();
		assertThat(again.select("#reageren textarea[name=text]").text()).isEmpty();
	}

	@Test
	void everyPageKeptForAMemberIsWrittenAgainWithoutReadingTheContent() throws Exception {
		waitUntilListening();
		MemberPrincipal trekker = this.people.member("Kim Kept");
		String doetank = this.doetanks.active(trekker, this.people.coach("Kees Kept"));
		MemberPrincipal redacteur = this.people.redacteur("Rob Kept");
		String post = this.posts.published(PostKind.NIEUWS, null, "Bewaard " + UUID.randomUUID(), redacteur).path();
		String event = "/agenda/" + this.events.cafe(20, redacteur).slug();
		Browser member = loggedIn(a(), trekker);
		List<String> pages = List.of("/", "/mijn", "/doetanks/" + doetank, post, "/doetanks", "/doetanks?thema=ZORG",
				"/toolkit", event, "/vragen", "/zoeken?q=bewaard");
		// What publishing the post and the event sets going (notifications) may still
		// empty
		// the caches at first: then the pass is made again.
		List<String> readContent = pages;
		for (int pass = 0; pass < 5 && !readContent.isEmpty(); pass++) {
			for (String page : pages) {
				assertThat(member.get(page).statusCode()).as(page).isEqualTo(200);
			}
			List<String> drawn = new ArrayList<>();
			for (String page : pages) {
				this.statements.resetForEveryThread();
				member.get(page);
				if (!this.statements.recorded()
					.stream()
					.allMatch((sql) -> sql.toLowerCase(Locale.ROOT).contains("spring_session"))) {
					drawn.add(page);
				}
			}
			readContent = drawn;
		}
		assertThat(readContent).as("pages that read more than the session when asked for again").isEmpty();
	}

	/** Whether the "Volgen" button on this page shows as pressed for this browser. */
	private static String followButton(Browser browser, String page) throws Exception {
		return Jsoup.parse(browser.get(page).body()).select("form.follow button").attr("aria-pressed");
	}

	@Test
	void aMembersUnreadCountIsKeptAndANewNotificationShowsOnEitherInstanceWithinASecond() throws Exception {
		waitUntilListening();
		MemberPrincipal member = this.people.member("Nina Meldingen");
		Browser onA = loggedIn(a(), member);
		Browser onB = loggedIn(b(), member);
		assertThat(unreadBadge(onA)).isEmpty();
		assertThat(unreadBadge(onB)).isEmpty();

		this.statements.resetForEveryThread();
		assertThat(unreadBadge(onA)).isEmpty();
		assertThat(this.statements.recorded()).as("the count is kept")
			.noneMatch((sql) -> sql.contains("FROM notification"));

		// as a job or the other instance would: a notification for this member commits
		this.jdbc.update("""
				INSERT INTO notification (member_id, kind, source_key, link, arguments, occurred_at)
				VALUES (?, 'NEW_POST', ?, '/nieuws', '{}', now())""", member.id(), UUID.randomUUID().toString());
		Instant notified = Instant.now();
		shownWithinASecond(() -> unreadBadge(onB), "1", notified);
		shownWithinASecond(() -> unreadBadge(onA), "1", notified);

		String token = Jsoup.parse(onA.get("/mijn/meldingen").body()).select("input[name=_csrf]").val();
		assertThat(onA.post("/mijn/meldingen/gelezen", "_csrf=" + token).statusCode()).isEqualTo(302);
		assertThat(unreadBadge(onA)).as("read on A: seen at once on A").isEmpty();
		Instant read = Instant.now();
		while (!unreadBadge(onB).isEmpty()) {
			assertThat(Duration.between(read, Instant.now())).as("read on A: seen on B within a second")
				.isLessThan(Duration.ofSeconds(1));
			Thread.sleep(20);
		}
	}

	@Test
	void aNotificationWaitingForItsMomentShowsWhenItAppears() throws Exception {
		waitUntilListening();
		MemberPrincipal member = this.people.member("Gepland Gelezen");
		Browser browser = loggedIn(a(), member);
		Instant appears = Instant.now().plusMillis(1500);
		// as a scheduled post does: its notification is there before its moment
		this.jdbc.update("""
				INSERT INTO notification (member_id, kind, source_key, link, arguments, occurred_at)
				VALUES (?, 'NEW_POST', ?, '/nieuws', '{}', ?)""", member.id(), UUID.randomUUID().toString(),
				java.sql.Timestamp.from(appears));

		assertThat(unreadBadge(browser)).isEmpty();
		assertThat(unreadBadge(browser)).as("kept, not yet appeared").isEmpty();
		while (Instant.now().isBefore(appears)) {
			Thread.sleep(50);
		}
		shownWithinASecond(() -> unreadBadge(browser), "1", appears);
	}

	@Test
	void aMembersFollowedNewsOnTheHomePageIsKeptAndShowsANewNotificationOnEitherInstanceWithinASecond()
			throws Exception {
		waitUntilListening();
		MemberPrincipal member = this.people.member("Vera Volgt");
		Browser onA = loggedIn(a(), member);
		Browser onB = loggedIn(b(), member);
		assertThat(followedNews(onA)).isEmpty();
		assertThat(followedNews(onB)).isEmpty();

		this.statements.resetForEveryThread();
		assertThat(followedNews(onA)).isEmpty();
		assertThat(this.statements.recorded()).as("kept").noneMatch((sql) -> sql.contains("FROM notification"));

		String title = "Gevolgd " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				INSERT INTO notification (member_id, kind, source_key, link, arguments, occurred_at)
				VALUES (?, 'NEW_POST', ?, '/nieuws', ARRAY[?], now())""", member.id(), UUID.randomUUID().toString(),
				title);
		Instant notified = Instant.now();
		shownWithinASecond(() -> followedNews(onB).toString(), title, notified);
		shownWithinASecond(() -> followedNews(onA).toString(), title, notified);
	}

	/** The lines under "Wat jij volgt" on the home page. */
	private static List<String> followedNews(Browser browser) throws Exception {
		return Jsoup.parse(browser.get("/").body()).select(".followed .notification__text").eachText();
	}

	/** The number beside "Meldingen" in the header, empty when there is none. */
	private static String unreadBadge(Browser browser) throws Exception {
		HttpResponse<String> page = browser.get("/toolkit");
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select("a[href=/mijn/meldingen] .count-badge").text();
	}

	@Test
	void aVisitorReadingEnglishGetsTheEnglishPage() throws Exception {
		waitUntilListening();
		String dutch = visit(a(), "/toolkit");
		// A visitor who chose English (?lang=en) carries the language cookie.
		HttpResponse<String> english = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(a() + "/toolkit")).header("Cookie", "clubhuis-taal=en").build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(Jsoup.parse(english.body()).select("html").attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(dutch).select("html").attr("lang")).isEqualTo("nl");
		assertThat(Jsoup.parse(visit(a(), "/toolkit")).select("html").attr("lang")).isEqualTo("nl");
	}

	/**
	 * Asks for the page until it shows {@code title}, at most a second after
	 * {@code since}.
	 */
	private static void shownWithinASecond(PageBody page, String title, Instant since) throws Exception {
		while (!page.get().contains(title)) {
			assertThat(Duration.between(since, Instant.now())).as("shown within a second of the change")
				.isLessThan(Duration.ofSeconds(1));
			Thread.sleep(20);
		}
	}

	private interface PageBody {

		String get() throws Exception;

	}

	private void waitUntilListening() throws InterruptedException {
		PageCache cacheB = instanceB.getBean(PageCache.class);
		Instant deadline = Instant.now().plusSeconds(10);
		while (!(this.cacheA.isListening() && cacheB.isListening()) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(this.cacheA.isListening() && cacheB.isListening()).isTrue();
	}

	/** A new expertise term that {@code member} knows; its slug. */
	private String expertiseKnownBy(MemberPrincipal member) {
		String slug = "kennis-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO expertise (slug, name_nl, name_en) VALUES (?, ?, ?)", slug, slug, slug);
		new TestExpertise(this.jdbc).memberKnows(member.id(), slug);
		return slug;
	}

	/** An open question asking for this expertise, newer than every other; its title. */
	private String asked(String title, String expertise) {
		Long asker = this.people.member("Vera Vraagsteller").id();
		Long id = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (?, ?, ?, 'vraag', 'Wie weet dit?', now()) RETURNING id""", Long.class, UUID.randomUUID(), asker,
				title);
		this.jdbc.update("INSERT INTO question_expertise (question_id, expertise_id) SELECT ?, id FROM expertise"
				+ " WHERE slug = ?", id, expertise);
		return title;
	}

	private static List<String> questionTitles(Browser browser) throws Exception {
		HttpResponse<String> page = browser.get("/vragen");
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body()).select(".question-list__title").eachText();
	}

	private String a() {
		return "http://127.0.0.1:" + this.portA;
	}

	private static String b() {
		int port = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
		return "http://127.0.0.1:" + port;
	}

	private static String visit(String instance, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = anonymous(instance + path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		return response.body();
	}

	private static HttpResponse<String> anonymous(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Browser loggedIn(String instance, MemberPrincipal member) throws Exception {
		Browser browser = new Browser(instance);
		String token = Jsoup.parse(browser.get("/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> login = browser.post("/login",
				"email=" + URLEncoder.encode(member.getUsername(), StandardCharsets.UTF_8) + "&password="
						+ URLEncoder.encode(TestPeople.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("fout"));
		browser.aMomentLater();
		return browser;
	}

	/** A browser with its own cookies, that does not follow redirects. */
	private record Browser(String instance, HttpClient client) {

		Browser(String instance) {
			this(instance, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		}

		/**
		 * As a few seconds after the last change: the browser no longer reads past the
		 * caches.
		 */
		void aMomentLater() {
			CookieStore cookies = ((CookieManager) this.client.cookieHandler().orElseThrow()).getCookieStore();
			for (HttpCookie cookie : List.copyOf(cookies.getCookies())) {
				if (OwnChanges.COOKIE.equals(cookie.getName())) {
					cookies.remove(null, cookie);
				}
			}
		}

		HttpResponse<String> head(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.instance + path))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.instance + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.instance + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
