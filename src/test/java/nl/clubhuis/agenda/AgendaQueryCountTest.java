package nl.clubhuis.agenda;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda pages send the same number of SQL statements with a handful of events and
 * registrations as with many: no query per event, per registration or per Doetank on the
 * podium.
 */
@IntegrationTest
class AgendaQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	EventService service;

	@Autowired
	RegistrationService registrations;

	@Autowired
	StatementCounter statements;

	@Test
	void agendaEventPageDoorListAndCalendarsUseAFixedNumberOfStatements() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		EventRef measured = this.events.cafe(3, redacteur);
		EventRef meeting = this.events.meeting(doetank, trekker);
		List<MemberPrincipal> crowd = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			crowd.add(this.people.member("Deelnemer " + i));
		}
		MemberPrincipal waiting = crowd.get(5);
		// More than a page of each list already, so both measurements include the count
		// of
		// the pages.
		addEventsAndRegistrations(13, measured, crowd.subList(0, 6), redacteur, doetank, trekker);

		List<Long> few = measure(measured, meeting, redacteur, trekker, waiting, doetank);

		addEventsAndRegistrations(30, measured, crowd.subList(6, 12), redacteur, doetank, trekker);

		List<Long> many = measure(measured, meeting, redacteur, trekker, waiting, doetank);

		assertThat(many).as("statements per page with many more events and registrations").isEqualTo(few);
	}

	/**
	 * More events (some with a podium and registrations), and more people for the
	 * measured one.
	 */
	private void addEventsAndRegistrations(int howMany, EventRef measured, List<MemberPrincipal> people,
			MemberPrincipal redacteur, String doetank, MemberPrincipal trekker) {
		for (MemberPrincipal person : people) {
			this.registrations.register(measured.slug(), "Opmerking van " + person.name(), person);
		}
		for (int i = 0; i < howMany; i++) {
			EventRef other = this.events.cafe(5, redacteur);
			this.registrations.register(other.slug(), null, people.get(i % people.size()));
			this.registrations.register(other.slug(), null, trekker);
			this.events.meeting(doetank, trekker);
			this.events.announce(TestEvents.details(EventType.SHOW_AND_TELL, null,
					java.time.Instant.now().minus(java.time.Duration.ofDays(i + 1))), redacteur);
		}
	}

	private List<Long> measure(EventRef event, EventRef meeting, MemberPrincipal redacteur, MemberPrincipal trekker,
			MemberPrincipal waiting, String doetank) throws Exception {
		List<Long> counts = new ArrayList<>();
		for (String page : List.of("/agenda", "/agenda?soort=DOETANK", "/agenda/geweest", "/agenda.ics", event.path(),
				event.path() + ".ics", "/", "/doetanks/" + doetank)) {
			counts.add(statementsFor(get(page)));
		}
		counts.add(statementsFor(get(event.path()).with(user(waiting))));
		counts.add(statementsFor(get(event.path()).with(user(redacteur))));
		counts.add(statementsFor(get(meeting.path()).with(user(trekker))));
		counts.add(statementsFor(get(event.path() + "/aanmeldingen").with(user(redacteur))));
		counts.add(statementsFor(get(event.path() + "/aanmeldingen.csv").with(user(redacteur))));
		counts.add(statementsFor(get("/mijn/agenda").with(user(trekker))));
		counts.add(statementsFor(fewerPlaces(event, redacteur)));
		return counts;
	}

	/** The question before a change that moves people to the waiting list. */
	private MockHttpServletRequestBuilder fewerPlaces(EventRef event, MemberPrincipal redacteur) {
		EventDetails details = this.events.detailsOf(event);
		LocalDateTime start = LocalDateTime.ofInstant(details.startsAt(), ZoneId.of("Europe/Amsterdam"))
			.truncatedTo(ChronoUnit.MINUTES);
		return post(event.path() + "/bewerken").with(user(redacteur))
			.with(csrf())
			.param("type", details.type().name())
			.param("title", details.title())
			.param("description", details.description())
			.param("startsAt", start.toString())
			.param("endsAt", start.plusHours(2).toString())
			.param("location", details.location())
			.param("capacity", "1")
			.param("version", String.valueOf(event.version()));
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statements.count();
	}

}
