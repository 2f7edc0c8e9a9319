package nl.clubhuis.agenda;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A called-off event, as the people who registered see it: every page and calendar says
 * it does not take place, none says they are registered, the notification that they moved
 * up from the waiting list disappears, and each hears it (by mail at once, by default)
 * with the organiser's reason.
 */
@IntegrationTest
class CalledOffEventTest {

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
	Inbox inbox;

	@Test
	void noPageSaysYouAreRegisteredForACalledOffEvent() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna Aangemeld");
		MemberPrincipal bert = this.people.member("Bert Doorgeschoven");
		MemberPrincipal cem = this.people.member("Cem Wachtend");
		EventRef cafe = this.events.cafe(2, redacteur);
		MemberPrincipal leaver = this.people.member("Lea Afmelder");
		for (MemberPrincipal member : new MemberPrincipal[] { anna, leaver, bert, cem }) {
			this.registrations.register(cafe.slug(), null, member);
		}
		this.registrations.cancel(cafe.slug(), leaver);
		assertThat(page(get("/mijn/meldingen").with(user(bert))).select(".notification__text").eachText())
			.as("Bert moved up")
			.anySatisfy((text) -> assertThat(text).startsWith("Er is plek voor je bij " + cafe.title()));

		this.service.callOff(cafe.slug(), "De zaal is onder water gelopen", redacteur);

		for (MemberPrincipal registered : new MemberPrincipal[] { anna, bert, cem }) {
			Document event = page(get(cafe.path()).with(user(registered)));
			assertThat(event.select(".alert--error").text()).contains("gaat niet door", "onder water");
			assertThat(event.select(".registration .called-off").text())
				.isEqualTo("Deze bijeenkomst gaat niet door. Gaat hij toch door, dan hoor je het.");
			assertThat(event.text()).doesNotContain("Je bent aangemeld", "Tot dan", "wachtlijst");
			assertThat(event.select(".registration form")).as("nothing to cancel").isEmpty();

			Document myPage = page(get("/mijn").with(user(registered)));
			assertThat(myPage.select("#mijn-aanmeldingen li:contains(" + cafe.title() + ") .badge").eachText())
				.containsExactly("Afgelast");
			Document myAgenda = page(get("/mijn/agenda").with(user(registered)));
			assertThat(myAgenda.select(".registration-list__item:contains(" + cafe.title() + ") .badge").eachText())
				.containsExactly("Afgelast");
			assertThat(page(get("/mijn/meldingen").with(user(registered))).select(".notification__text").eachText())
				.as("no notice of a place at an event that is off, only that it is off")
				.singleElement(InstanceOfAssertFactories.STRING)
				.startsWith(cafe.title() + " (")
				.contains("gaat niet door", "De zaal is onder water gelopen")
				.doesNotContain("plek voor je");
			Inbox.Mail mail = this.inbox.await(registered.getUsername(), (registered == bert) ? 2 : 1)
				.stream()
				.filter((m) -> m.subject().contains("gaat niet door"))
				.findFirst()
				.orElseThrow();
			assertThat(mail.subject()).startsWith(cafe.title());
			assertThat(mail.text()).contains("De zaal is onder water gelopen");
			assertThat(mail.pathOfLink(cafe.path())).isEqualTo(cafe.path());

			assertThat(statusOf(calendar(cafe.path() + ".ics", registered), cafe)).isEqualTo("CANCELLED");
		}
		assertThat(page(get("/agenda").with(user(anna))).select(".event-card:has(a[href=" + cafe.path() + "]) .badge")
			.eachText()).containsExactly("Afgelast");
		assertThat(statusOf(calendar("/agenda.ics", null), cafe)).isEqualTo("CANCELLED");
		assertThat(page(get(cafe.path())).select(".registration .called-off").text())
			.isEqualTo("Deze bijeenkomst gaat niet door.");
	}

	@Test
	void aCalledOffTeamMeetingSaysSoOnTheDoetankPage() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		EventRef meeting = this.events.meeting(doetank, trekker);
		this.registrations.register(meeting.slug(), null, trekker);

		this.service.callOff(meeting.slug(), null, trekker);

		Document page = page(get("/doetanks/" + doetank).with(user(trekker)));
		assertThat(page.select("#agenda-titel + ul li:contains(" + meeting.title() + ") .badge").eachText())
			.containsExactly("Afgelast");
		assertThat(page(get(meeting.path()).with(user(trekker))).text()).doesNotContain("Je bent aangemeld");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private Calendar calendar(String url, MemberPrincipal viewer) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		if (viewer != null) {
			request = request.with(user(viewer));
		}
		String ics = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String statusOf(Calendar calendar, EventRef event) {
		VEvent entry = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((e) -> e.getProperty(Property.URL).orElseThrow().getValue().endsWith(event.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry for " + event.slug()));
		return entry.getProperty(Property.STATUS).orElseThrow().getValue();
	}

}
