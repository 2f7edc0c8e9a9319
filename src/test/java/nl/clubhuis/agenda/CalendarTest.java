package nl.clubhuis.agenda;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda as iCalendar: valid for ical4j, with the right times on both sides of the
 * change to winter time, and a called-off event marked as cancelled.
 */
@IntegrationTest
class CalendarTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	EventService service;

	@Test
	void eventsBeforeAndAfterTheDaylightSavingChangeKeepTheirDutchTime() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		// Summer time ends on the last Sunday of October: 19:00 is 17:00 UTC before,
		// 18:00
		// after.
		EventRef summer = this.events.announce(at(LocalDateTime.of(2030, 10, 24, 19, 0)), redacteur);
		EventRef winter = this.events.announce(at(LocalDateTime.of(2030, 10, 31, 19, 0)), redacteur);

		Calendar calendar = calendarAt("/agenda.ics?soort=MASTERCLASS");

		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		VEvent before = entry(calendar, summer);
		VEvent after = entry(calendar, winter);
		assertThat(instant(before.getProperty(Property.DTSTART))).isEqualTo(Instant.parse("2030-10-24T17:00:00Z"));
		assertThat(instant(before.getProperty(Property.DTEND))).isEqualTo(Instant.parse("2030-10-24T19:00:00Z"));
		assertThat(instant(after.getProperty(Property.DTSTART))).isEqualTo(Instant.parse("2030-10-31T18:00:00Z"));
		assertThat(before.getProperty(Property.DTSTART).orElseThrow().toString()).contains("TZID=Europe/Amsterdam");
		assertThat(calendar.getComponents("VTIMEZONE")).singleElement()
			.satisfies((zone) -> assertThat(zone.toString()).contains("TZID:Europe/Amsterdam"));
	}

	@Test
	void everyEntryLinksBackAndACalledOffEventIsMarkedCancelled() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef going = this.events.cafe(40, redacteur);
		EventRef calledOff = this.events.cafe(40, redacteur);
		this.service.callOff(calledOff.slug(), null, redacteur);

		Calendar agenda = calendarAt("/agenda.ics");

		VEvent entry = entry(agenda, going);
		assertThat(entry.getProperty(Property.UID)).isPresent();
		assertThat(entry.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(entry.getProperty(Property.URL).orElseThrow().getValue()).endsWith(going.path());
		assertThat(entry.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Kennisland, Amsterdam");
		assertThat(entry.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).as("plain text, not Markdown")
			.isEqualTo("We werken aan vraagstukken.");
		assertThat(entry.getProperty(Property.STATUS)).isEmpty();
		assertThat(entry(agenda, calledOff).getProperty(Property.STATUS).orElseThrow().getValue())
			.isEqualTo("CANCELLED");

		Calendar single = calendarAt(going.path() + ".ics");
		assertThat(single.getComponents("VEVENT")).hasSize(1);
		assertThat(single.validate().hasErrors()).isFalse();
	}

	@Test
	void aTypeFeedHoldsOnlyThatType() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(40, redacteur);

		List<VEvent> masterclasses = calendarAt("/agenda.ics?soort=MASTERCLASS").getComponents("VEVENT");

		assertThat(masterclasses)
			.noneSatisfy((e) -> assertThat(e.getProperty(Property.URL).orElseThrow().getValue()).endsWith(cafe.path()));
		List<VEvent> cafes = calendarAt("/agenda.ics?soort=CAFE").getComponents("VEVENT");
		assertThat(cafes)
			.anySatisfy((e) -> assertThat(e.getProperty(Property.URL).orElseThrow().getValue()).endsWith(cafe.path()));
	}

	private Calendar calendarAt(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
	}

	private static VEvent entry(Calendar calendar, EventRef event) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((e) -> e.getProperty(Property.URL).orElseThrow().getValue().endsWith(event.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry for " + event.slug()));
	}

	@SuppressWarnings("unchecked")
	private static Instant instant(java.util.Optional<? extends Property> property) {
		Property found = property.orElseThrow();
		Temporal time = (found instanceof DtStart<?> start) ? start.getDate() : ((DtEnd<Temporal>) found).getDate();
		return Instant.from(time);
	}

	private static EventDetails at(LocalDateTime start) {
		EventDetails base = TestEvents.details(EventType.MASTERCLASS, 20, start.atZone(AMSTERDAM).toInstant());
		return base;
	}

}
