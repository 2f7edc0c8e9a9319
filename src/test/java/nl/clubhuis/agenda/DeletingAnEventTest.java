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
 * An event that got into the agenda by mistake is deleted by its organiser, as long as
 * nobody is registered or waiting; otherwise it is called off, so they are told.
 */
@IntegrationTest
class DeletingAnEventTest {

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
	void theRedactieDeletesACafeNobodyRegisteredFor() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redacteur");
		EventRef cafe = this.events.cafe(20, redacteur);
		String page = "/agenda/" + cafe.slug();
		Html event = Html.of(this.mvc.perform(get(page).with(user(redacteur))));
		assertThat(event.links(".side-block")).contains(page + "/verwijderen");
		Html confirm = Html
			.of(this.mvc.perform(get(page + "/verwijderen").with(user(redacteur))).andExpect(status().isOk()));
		assertThat(confirm.has("form[action='" + page + "/verwijderen']")).isTrue();

		this.mvc.perform(post(page + "/verwijderen").with(user(redacteur)).with(csrf()))
			.andExpect(redirectedUrl("/agenda"))
			.andExpect(flash().attribute("flashSuccess", "event.deleted"));

		this.mvc.perform(get(page)).andExpect(status().isNotFound());
		this.mvc.perform(get("/agenda.ics")).andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/agenda.ics")).andReturn().getResponse().getContentAsString())
			.doesNotContain(cafe.slug());
	}

	@Test
	void anEventSomeoneRegisteredForIsCalledOffInstead() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redacteur");
		EventRef cafe = this.events.cafe(20, redacteur);
		this.registrations.register(cafe.slug(), null, this.people.member("Anna Aangemeld"));
		String page = "/agenda/" + cafe.slug();

		Html event = Html.of(this.mvc.perform(get(page).with(user(redacteur))));
		assertThat(event.links(".side-block")).doesNotContain(page + "/verwijderen");
		Html confirm = Html.of(this.mvc.perform(get(page + "/verwijderen").with(user(redacteur))));
		assertThat(confirm.text(".event-delete-refused")).startsWith("Er hebben zich al mensen aangemeld");
		assertThat(confirm.has("form[action='" + page + "/verwijderen']")).isFalse();
		this.mvc.perform(post(page + "/verwijderen").with(user(redacteur)).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashProblem", "event.delete.hasRegistrations"));
		this.mvc.perform(get(page)).andExpect(status().isOk());

		this.mvc
			.perform(post(page + "/afgelasten").param("reason", "De zaal is dicht.").with(user(redacteur)).with(csrf()))
			.andExpect(redirectedUrl(page));
		Html calledOff = Html.of(this.mvc.perform(get(page + "/verwijderen").with(user(redacteur))));
		assertThat(calledOff.text(".event-delete-refused")).startsWith("Deze bijeenkomst is al afgelast");
		assertThat(calledOff.links("#pagina")).doesNotContain(page + "/afgelasten");
	}

	@Test
	void aTeamsOwnMeetingGoesBackToTheDoetankAndOnlyItsOrganisersDeleteIt() throws Exception {
		MemberPrincipal trekker = this.people.member("Tara Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Coby Coach"));
		EventRef meeting = this.events.meeting(doetank, trekker);
		String page = "/agenda/" + meeting.slug();
		MemberPrincipal member = this.people.member("Mo Lid");

		this.mvc.perform(post(page + "/verwijderen").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(page + "/verwijderen").with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/verwijderen").with(user(member)).with(csrf())).andExpect(status().isForbidden());

		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		this.mvc.perform(post(page + "/verwijderen").with(user(beheerder)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + doetank));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor_id = ? AND detail = 'MEETING_DELETED'", Integer.class,
				beheerder.id()))
			.isEqualTo(1);
		this.mvc.perform(get(page)).andExpect(status().isNotFound());
	}

}
