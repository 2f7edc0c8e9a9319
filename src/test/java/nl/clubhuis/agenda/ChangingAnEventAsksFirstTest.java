package nl.clubhuis.agenda;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.domain.AgendaViews.EventPage;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing an event asks before it hurts: fewer places than people coming, or a start in
 * the past. Without JavaScript: the form's input rides along in hidden fields.
 */
@IntegrationTest
class ChangingAnEventAsksFirstTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	EventPages pages;

	@Autowired
	RegistrationService registrations;

	@Autowired
	AgendaCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fewerPlacesSayWhoMovesToTheWaitingListAndApplyOnlyOnConfirm() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(3, redacteur);
		MemberPrincipal anna = this.people.member("Anna Eerst");
		MemberPrincipal bert = this.people.member("Bert Tweede");
		MemberPrincipal cem = this.people.member("Cem Derde");
		MemberPrincipal dina = this.people.member("Dina Wachtend");
		for (MemberPrincipal member : new MemberPrincipal[] { anna, bert, cem, dina }) {
			this.registrations.register(cafe.slug(), null, member);
		}

		Document asked = page(edit(cafe, redacteur, "1"));

		assertThat(asked.select("h1").text()).isEqualTo("Klopt dit?");
		assertThat(asked.select(".confirm-capacity").text()).contains("naar 1", "komen al 3 mensen");
		assertThat(asked.select(".keeps-place li").eachText()).containsExactly("Anna Eerst");
		assertThat(asked.select(".moves-to-queue li").eachText()).containsExactly("Bert Tweede", "Cem Derde");
		assertThat(asked.select("input[type=hidden][name=capacity]").val()).isEqualTo("1");
		assertThat(asked.select("input[type=hidden][name=title]").val()).isEqualTo(cafe.title());
		assertThat(asked.select("button[name=confirmed][value=true]")).isNotEmpty();
		assertThat(this.pages.show(cafe.slug(), Viewer.of(anna)).card().confirmed()).as("nothing changed yet")
			.isEqualTo(3);

		this.mvc.perform(edit(cafe, redacteur, "1").param("confirmed", "true")).andExpect(redirectedUrl(cafe.path()));

		assertThat(this.pages.show(cafe.slug(), Viewer.of(anna)).own().isConfirmed()).isTrue();
		assertThat(queue(cafe, bert, cem, dina)).as("moved to the head of the queue, in order")
			.containsExactly(1L, 2L, 3L);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(anna)).card().confirmed()).isEqualTo(1);

		Document again = page(edit(cafe, redacteur, "1").param("confirmed", "true"));
		assertThat(again.select(".alert--error").text()).as("a double submit is a conflict, not a second change")
			.isNotBlank();
		assertThat(queue(cafe, bert, cem, dina)).containsExactly(1L, 2L, 3L);
	}

	@Test
	void goingBackFromTheQuestionShowsTheFormWithWhatWasTyped() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(2, redacteur);
		this.registrations.register(cafe.slug(), null, this.people.member("Anna Eerst"));
		this.registrations.register(cafe.slug(), null, this.people.member("Bert Tweede"));

		Document form = page(edit(cafe, redacteur, "1").param("terug", "1"));

		assertThat(form.select("input#capacity").val()).isEqualTo("1");
		assertThat(form.select("input#title").val()).isEqualTo(cafe.title());
		assertThat(this.pages.show(cafe.slug(), Viewer.anonymous()).card().capacity()).isEqualTo(2);
	}

	@Test
	void aStartInThePastAsksBeforeAnnouncingAndConfirmingTwiceAnnouncesOnce() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		LocalDateTime yesterday = LocalDateTime.now(AMSTERDAM).minusDays(1).truncatedTo(ChronoUnit.HOURS);
		String title = "Terugblikcafé " + redacteur.id();
		MockHttpServletRequestBuilder announce = post("/agenda/nieuw").with(user(redacteur))
			.with(csrf())
			.param("type", "CAFE")
			.param("title", title)
			.param("description", "Wat we leerden.")
			.param("startsAt", yesterday.toString())
			.param("endsAt", yesterday.plusHours(2).toString())
			.param("location", "Kennisland")
			.param("formToken", page(get("/agenda/nieuw").with(user(redacteur))).select("input[name=formToken]").val());

		Document asked = page(announce);

		assertThat(asked.select(".confirm-start").text()).contains("in het verleden");
		assertThat(asked.select("input[type=hidden][name=startsAt]").val()).startsWith(yesterday.toString());
		assertThat(asked.select("input[type=hidden][name=formToken]").val()).hasSize(36);
		assertThat(this.catalog.hasEventTitled(title)).isFalse();

		String first = this.mvc.perform(announce.param("confirmed", "true"))
			.andExpect(redirectedUrlPattern("/agenda/terugblikcafe-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(announce).andExpect(redirectedUrl(first));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM event WHERE title = ?", Integer.class, title))
			.as("sent twice, announced once")
			.isEqualTo(1);
	}

	@Test
	void movingAnEventIntoThePastAsksButEditingAPastEventDoesNot() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(null, redacteur);
		LocalDateTime yesterday = LocalDateTime.now(AMSTERDAM).minusDays(1).truncatedTo(ChronoUnit.HOURS);

		Document asked = page(edit(cafe, redacteur, "", yesterday));
		assertThat(asked.select(".confirm-start")).isNotEmpty();
		assertThat(asked.select(".confirm-capacity")).isEmpty();

		this.mvc.perform(edit(cafe, redacteur, "", yesterday).param("confirmed", "true"))
			.andExpect(redirectedUrl(cafe.path()));
		EventRef past = this.pages.forEditing(cafe.slug(), redacteur).event().ref();
		this.mvc
			.perform(post(cafe.path() + "/bewerken").with(user(redacteur))
				.with(csrf())
				.param("type", "CAFE")
				.param("title", cafe.title() + " (verslag volgt)")
				.param("description", "We werken aan vraagstukken.")
				.param("startsAt", yesterday.toString())
				.param("endsAt", yesterday.plusHours(2).toString())
				.param("location", "Kennisland, Amsterdam")
				.param("version", String.valueOf(past.version())))
			.andExpect(redirectedUrl(cafe.path()));
	}

	/** The event's own details from the form, with another capacity ("" for none). */
	private MockHttpServletRequestBuilder edit(EventRef event, MemberPrincipal organiser, String capacity) {
		EventDetails details = this.events.detailsOf(event);
		return edit(event, organiser, capacity,
				LocalDateTime.ofInstant(details.startsAt(), AMSTERDAM).truncatedTo(ChronoUnit.MINUTES));
	}

	private MockHttpServletRequestBuilder edit(EventRef event, MemberPrincipal organiser, String capacity,
			LocalDateTime start) {
		EventDetails details = this.events.detailsOf(event);
		return post(event.path() + "/bewerken").with(user(organiser))
			.with(csrf())
			.param("type", details.type().name())
			.param("title", details.title())
			.param("description", details.description())
			.param("startsAt", start.toString())
			.param("endsAt", start.plusHours(2).toString())
			.param("location", details.location())
			.param("capacity", capacity)
			.param("version", String.valueOf(event.version()));
	}

	private Long[] queue(EventRef event, MemberPrincipal... waiting) {
		Long[] positions = new Long[waiting.length];
		for (int i = 0; i < waiting.length; i++) {
			EventPage page = this.pages.show(event.slug(), Viewer.of(waiting[i]));
			assertThat(page.own().isWaiting()).isTrue();
			positions[i] = page.position();
		}
		return positions;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
