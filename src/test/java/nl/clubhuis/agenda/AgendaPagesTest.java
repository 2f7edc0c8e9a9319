package nl.clubhuis.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda as people use it: the lists, an event page, registering, the door list, the
 * form.
 */
@IntegrationTest
class AgendaPagesTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	EventService service;

	@Autowired
	RegistrationService registrations;

	@Autowired
	nl.clubhuis.Inbox inbox;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	MemberPrincipal redacteur;

	MemberPrincipal member;

	@BeforeEach
	void people() {
		this.redacteur = this.people.redacteur("Roos Redacteur");
		this.member = this.people.member("Mo Lid");
	}

	@Test
	void theAgendaListsWhatIsComingByTypeAndWhatWasWithItsReport() throws Exception {
		// Soon, so they are on the first page whatever other tests announced.
		Instant soon = Instant.now().plus(Duration.ofMinutes(30));
		EventRef cafe = this.events.announce(TestEvents.details(EventType.CAFE, 5, soon), this.redacteur);
		EventRef masterclass = this.events.announce(TestEvents.details(EventType.MASTERCLASS, null, soon),
				this.redacteur);
		EventRef past = this.events
			.announce(TestEvents.details(EventType.CAFE, 40, Instant.now().minus(Duration.ofDays(1))), this.redacteur);
		WrittenPost report = this.posts.published(PostKind.CAFEBLOG, null, "Verslag van " + past.title(),
				this.redacteur);
		this.service.change(past.slug(), past.version(), this.events.detailsOf(past), report.id(), this.redacteur);
		this.registrations.register(cafe.slug(), null, this.member);

		Document all = page(get("/agenda"));
		assertThat(all.select(".event-card__title").eachText()).contains(cafe.title(), masterclass.title())
			.doesNotContain(past.title());
		assertThat(card(all, cafe).text()).contains("Nog 4 plaatsen").contains("Kennisland, Amsterdam");
		assertThat(card(all, masterclass).text()).contains("Geen maximum");

		Document masterclasses = page(get("/agenda?soort=MASTERCLASS"));
		assertThat(masterclasses.select(".event-card__title").eachText()).contains(masterclass.title())
			.doesNotContain(cafe.title());
		assertThat(masterclasses.select(".type-filter a[aria-current=true]").text()).isEqualTo("Masterclasses");

		Document before = page(get("/agenda/geweest"));
		assertThat(card(before, past).select("a[href=" + report.path() + "]").text()).isEqualTo("Lees het verslag");
		assertThat(page(get(past.path())).select("a[href=" + report.path() + "]").text()).isEqualTo(report.title());
	}

	@Test
	void aMemberRegistersWithANoteAndCancels() throws Exception {
		EventRef cafe = this.events.cafe(3, this.redacteur);
		assertThat(page(get(cafe.path())).select(".registration a[href=" + cafe.path() + "/inloggen]").text())
			.isEqualTo("Log in om je aan te melden");

		this.mvc
			.perform(post(cafe.path() + "/aanmelden").with(user(this.member))
				.with(csrf())
				.param("note", "Ik eet vegetarisch"))
			.andExpect(redirectedUrl(cafe.path()))
			.andExpect(flash().attribute("flashSuccess", "attendance.done.confirmed"));
		Document registered = page(get(cafe.path()).with(user(this.member)));
		assertThat(registered.select(".registration").text()).contains("Je bent aangemeld")
			.contains("Ik eet vegetarisch");
		assertThat(registered.select(".event__facts").text()).contains("Nog 2 van de 3 vrij");

		this.mvc.perform(post(cafe.path() + "/aanmelden").with(user(this.member)).with(csrf()))
			.andExpect(redirectedUrl(cafe.path()))
			.andExpect(flash().attribute("flashProblem", "attendance.rule.alreadyRegistered"));

		this.mvc.perform(post(cafe.path() + "/afmelden").with(user(this.member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "attendance.done.cancelled"));
		assertThat(page(get("/mijn/agenda").with(user(this.member))).text())
			.contains("Je bent nog nergens voor aangemeld");
	}

	@Test
	void aTooLongNoteComesBackWithTheTextKept() throws Exception {
		EventRef cafe = this.events.cafe(3, this.redacteur);
		String note = "Een lange vraag. ".repeat(40);

		Document page = page(post(cafe.path() + "/aanmelden").with(user(this.member)).with(csrf()).param("note", note));

		assertThat(page.select("#note-fout").text()).isNotBlank();
		assertThat(page.select("textarea#note").text()).isEqualTo(note.strip());
		assertThat(page(get(cafe.path()).with(user(this.member))).select(".registration").text())
			.doesNotContain("Je bent aangemeld");
	}

	@Test
	void whoMovedUpSeesItInTheHeaderCountAndAsANotificationLeadingToTheEvent() throws Exception {
		EventRef cafe = this.events.cafe(1, this.redacteur);
		MemberPrincipal waiting = this.people.member("Wim Wachtend");
		this.registrations.register(cafe.slug(), null, this.member);
		this.registrations.register(cafe.slug(), null, waiting);

		this.registrations.cancel(cafe.slug(), this.member);

		Document home = page(get("/").with(user(waiting)));
		assertThat(home.select(".site-header a[href=/mijn/meldingen]").attr("aria-label"))
			.isEqualTo("Meldingen, 1 ongelezen");
		Document notifications = page(get("/mijn/meldingen").with(user(waiting)));
		assertThat(notifications.select(".notification__text").text())
			.startsWith("Er is plek voor je bij " + cafe.title() + " (");
		this.mvc
			.perform(post(notifications.select(".notification form").attr("action")).with(user(waiting)).with(csrf()))
			.andExpect(redirectedUrl(cafe.path()));
		Document mine = page(get("/mijn/agenda").with(user(waiting)));
		assertThat(mine.select(".registration-list").text()).contains(cafe.title()).contains("Aangemeld");
	}

	@Test
	void theRedactieDownloadsTheDoorListAndNobodyElseSeesIt() throws Exception {
		EventRef cafe = this.events.cafe(1, this.redacteur);
		MemberPrincipal sneaky = this.people.member("Sam Spreadsheet");
		this.registrations.register(cafe.slug(), "=HYPERLINK(\"http://evil.example\")", sneaky);
		this.registrations.register(cafe.slug(), "Graag een plek", this.member);

		MvcResult csv = this.mvc.perform(get(cafe.path() + "/aanmeldingen.csv").with(user(this.redacteur)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"" + cafe.slug() + "-aanmeldingen.csv\""))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFNaam;E-mail;Organisatie;Status");
		assertThat(lines.get(1)).startsWith("Sam Spreadsheet;").contains(";Aangemeld;;").contains("'=HYPERLINK");
		assertThat(lines.get(2)).startsWith("Mo Lid;").contains(";Wachtlijst;1;Graag een plek;");

		assertThat(page(get(cafe.path() + "/aanmeldingen").with(user(this.redacteur))).select("table").text())
			.contains("Sam Spreadsheet", "Mo Lid");
		this.mvc.perform(get(cafe.path() + "/aanmeldingen.csv").with(user(this.member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(cafe.path() + "/aanmeldingen")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theEventFormSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusDays(20).truncatedTo(ChronoUnit.HOURS);

		Document page = page(post("/agenda/nieuw").with(user(this.redacteur))
			.with(csrf())
			.param("type", "CAFE")
			.param("title", "Café in de winter")
			.param("description", "Warme **chocolademelk**.")
			.param("startsAt", start.toString())
			.param("endsAt", start.minusHours(1).toString())
			.param("onlineUrl", "javascript:alert(1)")
			.param("podium", "Een Doetank die niet bestaat"));

		assertThat(page.select(".error-summary li").eachText()).hasSize(3)
			.anySatisfy((error) -> assertThat(error).contains("na het begin"))
			.anySatisfy((error) -> assertThat(error).contains("https://"))
			.anySatisfy((error) -> assertThat(error).contains("Een Doetank die niet bestaat"));
		assertThat(page.select("input#title").val()).isEqualTo("Café in de winter");
		assertThat(page.select("textarea#description").text()).isEqualTo("Warme **chocolademelk**.");

		String podiumDoetank = this.doetanks.active(this.people.member("Tessa Trekker"), this.people.coach("Cor"));
		MvcResult saved = this.mvc
			.perform(post("/agenda/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("type", "CAFE")
				.param("title", "Café in de winter " + podiumDoetank)
				.param("description", "Warme **chocolademelk**. <script>alert(1)</script>")
				.param("startsAt", start.toString())
				.param("endsAt", start.plusHours(2).toString())
				.param("location", "Kennisland")
				.param("capacity", "40")
				.param("podium", podiumDoetank))
			.andExpect(redirectedUrlPattern("/agenda/cafe-in-de-winter-*"))
			.andReturn();
		Document event = page(get(saved.getResponse().getRedirectedUrl()));
		assertThat(event.select(".post__body strong").text()).isEqualTo("chocolademelk");
		assertThat(event.select(".post__body script")).isEmpty();
		assertThat(event.select(".event__facts").text()).contains(start.getHour() + ":00").contains("Nog 40 van de 40");
		assertThat(event.select("a[href=/doetanks/" + podiumDoetank + "]")).isNotEmpty();
		Document onItsPage = page(get("/doetanks/" + podiumDoetank).with(user(this.member)));
		assertThat(onItsPage.select("#agenda-titel + ul").text()).contains("Café in de winter " + podiumDoetank);
	}

	@Test
	void aTrekkerPlansATeamMeetingThatShowsOnTheDoetankPage() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusDays(4).truncatedTo(ChronoUnit.HOURS);

		this.mvc.perform(get("/agenda/nieuw").with(user(this.member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/agenda/nieuw?doetank=" + doetank).with(user(this.member)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/agenda/nieuw?doetank=" + doetank).with(user(trekker))
				.with(csrf())
				.param("title", "Werksessie " + doetank)
				.param("description", "We kiezen wat we testen.")
				.param("startsAt", start.toString())
				.param("endsAt", start.plusHours(2).toString())
				.param("location", "Stadhuis"))
			.andExpect(status().is3xxRedirection());

		Document page = page(get("/doetanks/" + doetank).with(user(trekker)));
		assertThat(page.select("#agenda-titel + ul").text()).contains("Werksessie " + doetank)
			.contains("eigen bijeenkomst");
		assertThat(page.select("a[href=/agenda/nieuw?doetank=" + doetank + "]")).isNotEmpty();
		Document meeting = page(get("/agenda/werksessie-" + doetank).with(user(this.member)));
		assertThat(meeting.select(".registration").text()).contains("voor het team van de Doetank");
	}

	@Test
	void theLinkToJoinOnlineIsOnlyForWhoHasAPlace() throws Exception {
		EventDetails base = TestEvents.details(EventType.MASTERCLASS, 1, Instant.now().plus(Duration.ofDays(5)));
		EventRef online = this.events.announce(new EventDetails(base.type(), base.title(), base.description(),
				base.startsAt(), base.endsAt(), null, "https://meet.example.org/geheim", 1, null, null, List.of()),
				this.redacteur);
		MemberPrincipal waiting = this.people.member("Wim Wachtend");
		this.registrations.register(online.slug(), null, this.member);
		this.registrations.register(online.slug(), null, waiting);

		String secret = "meet.example.org/geheim";
		assertThat(page(get(online.path())).text()).doesNotContain(secret);
		assertThat(page(get(online.path()).with(user(waiting))).text()).doesNotContain(secret);
		assertThat(page(get(online.path()).with(user(this.member))).select("a[href=https://" + secret + "]"))
			.isNotEmpty();
		assertThat(this.mvc.perform(get("/agenda.ics")).andReturn().getResponse().getContentAsString())
			.doesNotContain(secret);
		assertThat(this.mvc.perform(get(online.path() + ".ics").with(user(this.member)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(secret);
	}

	@Test
	void anHourTheClocksSkipIsRefusedAndAPastedDoetankAddressIsFound() throws Exception {
		String doetank = this.doetanks.active(this.people.member("Tessa Trekker"), this.people.coach("Cor Coach"));

		Document page = page(post("/agenda/nieuw").with(user(this.redacteur))
			.with(csrf())
			.param("type", "CAFE")
			.param("title", "Nachtcafé")
			.param("description", "Als de klok verspringt.")
			.param("startsAt", "2031-03-30T02:30")
			.param("endsAt", "2031-03-30T04:00")
			.param("location", "Utrecht")
			.param("podium", "https://clubhuis.example.org/doetanks/" + doetank + "/"));

		assertThat(page.select(".error-summary li").eachText()).singleElement()
			.satisfies((error) -> assertThat(error).contains("bestaat niet"));
		assertThat(page.select("textarea#podium").text()).contains(doetank);
	}

	@Test
	void callingOffAsksFirstAndTellsEveryoneWhoRegistered() throws Exception {
		EventRef cafe = this.events.cafe(1, this.redacteur);
		MemberPrincipal waiting = this.people.member("Wim Wachtend");
		this.registrations.register(cafe.slug(), null, this.member);
		this.registrations.register(cafe.slug(), null, waiting);
		this.mvc.perform(get(cafe.path() + "/afgelasten").with(user(this.member))).andExpect(status().isForbidden());

		assertThat(page(get(cafe.path() + "/afgelasten").with(user(this.redacteur))).text())
			.contains("1 persoon is aangemeld en 1 persoon staat op de wachtlijst");
		this.mvc
			.perform(post(cafe.path() + "/afgelasten").with(user(this.redacteur))
				.with(csrf())
				.param("reason", "De spreker is ziek; we zoeken een nieuwe datum."))
			.andExpect(redirectedUrl(cafe.path()));

		assertThat(page(get(cafe.path()).with(user(this.member))).select(".alert--error").text())
			.contains("gaat niet door", "De spreker is ziek");
		for (MemberPrincipal registered : List.of(this.member, waiting)) {
			assertThat(this.inbox.awaitOne(emailOf(registered)))
				.satisfies((mail) -> assertThat(mail.text()).contains(cafe.title(), "De spreker is ziek"))
				.satisfies((mail) -> assertThat(mail.html()).contains("De spreker is ziek"));
		}
		assertThat(page(get("/mijn/agenda").with(user(this.member))).select(".registration-list").text())
			.contains("Afgelast");
	}

	@Test
	void visitorsLogInFromAnEventAndComeBackToIt() throws Exception {
		EventRef cafe = this.events.cafe(3, this.redacteur);
		this.mvc.perform(get(cafe.path() + "/inloggen")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(cafe.path() + "/inloggen").with(user(this.member))).andExpect(redirectedUrl(cafe.path()));
	}

	@Test
	void unknownEventsAreAFriendly404AndChangesNeedAnAccount() throws Exception {
		this.mvc.perform(get("/agenda/bestaat-niet")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agenda/bestaat-niet.ics")).andExpect(status().isNotFound());
		EventRef cafe = this.events.cafe(3, this.redacteur);
		this.mvc.perform(post(cafe.path() + "/aanmelden").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(cafe.path() + "/aanmelden").with(user(this.member))).andExpect(status().isForbidden());
		this.mvc.perform(post(cafe.path() + "/afgelasten").with(user(this.member)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(cafe.path() + "/aanmelden").param("note", "verlopen sessie"))
			.andExpect(redirectedUrl("/login?verlopen"));
		this.mvc.perform(get(cafe.path() + "/bewerken").with(user(this.member))).andExpect(status().isForbidden());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String emailOf(MemberPrincipal person) {
		return this.jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, person.id());
	}

	private static org.jsoup.nodes.Element card(Document page, EventRef event) {
		return page.select(".event-card:has(a[href=" + event.path() + "])").first();
	}

}
