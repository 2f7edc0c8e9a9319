package nl.clubhuis.agenda;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event called off by mistake goes ahead after all, while it has not started: whoever
 * is still registered hears it (instead of the word that it was called off), once.
 */
@IntegrationTest
class ResumingAnEventTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	RegistrationService registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCafeCalledOffByMistakeGoesAheadAndWhoIsRegisteredHearsItOnce() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redacteur");
		MemberPrincipal anna = this.people.member("Anna Aangemeld");
		EventRef cafe = this.events.cafe(20, redacteur);
		this.registrations.register(cafe.slug(), null, anna);
		String page = "/agenda/" + cafe.slug();
		callOff(page, redacteur);
		assertThat(notificationsOf(anna)).containsExactly("EVENT_CALLED_OFF");
		assertThat(Html.of(this.mvc.perform(get(page).with(user(redacteur)))).text(".event__resume"))
			.contains("Afgelast bij vergissing?");

		for (int click = 0; click < 2; click++) {
			this.mvc.perform(post(page + "/doorgaan").with(user(redacteur)).with(csrf()))
				.andExpect(redirectedUrl(page))
				.andExpect(flash().attribute("flashSuccess", "event.resumed"));
		}

		assertThat(notificationsOf(anna)).as("the word that it was off is taken back; told once")
			.containsExactly("EVENT_RESUMED");
		Html resumed = Html.of(this.mvc.perform(get(page).with(user(anna))));
		assertThat(resumed.text("main")).doesNotContain("gaat niet door");
		assertThat(Html.of(this.mvc.perform(get(page).with(user(redacteur)))).links(".side-block"))
			.contains(page + "/afgelasten");

		callOff(page, redacteur);
		assertThat(notificationsOf(anna)).as("called off again: told again, the going ahead taken back")
			.containsExactly("EVENT_CALLED_OFF");
	}

	@Test
	void onlyItsOrganisersResumeItAndNeitherIsPossibleOnceItStarted() throws Exception {
		MemberPrincipal trekker = this.people.member("Tara Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Coby Coach"));
		EventRef meeting = this.events.meeting(doetank, trekker);
		String page = "/agenda/" + meeting.slug();
		callOff(page, trekker);

		this.mvc.perform(post(page + "/doorgaan").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(page + "/doorgaan").with(user(this.people.member("Mo Lid"))).with(csrf()))
			.andExpect(status().isForbidden());
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		this.mvc.perform(post(page + "/doorgaan").with(user(beheerder)).with(csrf())).andExpect(redirectedUrl(page));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor_id = ? AND detail = 'MEETING_RESUMED'", Integer.class,
				beheerder.id()))
			.isEqualTo(1);

		this.jdbc.update("UPDATE event SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'"
				+ " WHERE slug = ?", meeting.slug());
		assertThat(
				Html.of(this.mvc.perform(get(page + "/afgelasten").with(user(trekker)))).text(".event-calloff-refused"))
			.startsWith("Deze bijeenkomst is al begonnen");
		this.mvc.perform(post(page + "/afgelasten").param("reason", "Te laat.").with(user(trekker)).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashProblem", "event.callOff.started"));
		this.jdbc.update("UPDATE event SET cancelled = true WHERE slug = ?", meeting.slug());
		assertThat(Html.of(this.mvc.perform(get(page).with(user(trekker)))).has(".event__resume")).isFalse();
		this.mvc.perform(post(page + "/doorgaan").with(user(trekker)).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashProblem", "event.resume.started"));
		assertThat(
				this.jdbc.queryForObject("SELECT cancelled FROM event WHERE slug = ?", Boolean.class, meeting.slug()))
			.isTrue();
	}

	private void callOff(String page, MemberPrincipal organiser) throws Exception {
		this.mvc
			.perform(post(page + "/afgelasten").param("reason", "De zaal is dicht.").with(user(organiser)).with(csrf()))
			.andExpect(redirectedUrl(page));
	}

	private java.util.List<String> notificationsOf(MemberPrincipal member) {
		return this.jdbc.queryForList("SELECT kind FROM notification WHERE member_id = ? ORDER BY id", String.class,
				member.id());
	}

}
