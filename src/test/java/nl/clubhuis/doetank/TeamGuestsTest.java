package nl.clubhuis.doetank;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People in a team who will never log in: the trekker lists them by name, organisation
 * and role, they show in the team on the Doetank page, and the trekker changes and
 * removes them; an invitation is withdrawn before it is answered.
 */
@IntegrationTest
class TeamGuestsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TeamGuests guests;

	@Autowired
	Invitations invitations;

	MemberPrincipal trekker;

	String slug;

	@BeforeEach
	void anActiveDoetank() {
		this.trekker = this.people.member("Tessa Trekker");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Cor Coach"));
	}

	@Test
	void theTrekkerListsADirectorWithoutAnAccountOnceAndTheTeamShowsThem() throws Exception {
		for (int click = 0; click < 2; click++) {
			this.mvc.perform(addGuest("Directeur Dijkstra", "Gemeente Lelystad", "OPDRACHTGEVER"))
				.andExpect(flash().attribute("flashSuccess", "doetank.guest.added"));
		}

		assertThat(this.guests.of(this.doetanks.load(this.slug, null).getId())).singleElement()
			.satisfies((guest) -> assertThat(List.of(guest.name(), guest.organisation(), guest.role()))
				.isEqualTo(List.of("Directeur Dijkstra", "Gemeente Lelystad", MembershipRole.OPDRACHTGEVER)));
		Html page = page(get("/doetanks/" + this.slug));
		assertThat(page.text(".team__guest")).isEqualTo("Directeur Dijkstra Gemeente Lelystad (Opdrachtgever)");
		assertThat(page(get(team()).with(user(this.trekker))).texts(".guest__name"))
			.containsExactly("Directeur Dijkstra");
	}

	@Test
	void aGuestWithoutANameIsShownAgainWithTheMessageAndWhatWasTypedKept() throws Exception {
		Html again = page(addGuest(" ", "Inwoner van Lelystad", "EINDGEBRUIKER"));

		assertThat(again.fieldError("name")).isEqualTo("Vul dit veld in.");
		assertThat(again.value("organisation")).isEqualTo("Inwoner van Lelystad");
		assertThat(again.value("guestRole")).isEqualTo("EINDGEBRUIKER");
		Html trekkerAsGuest = page(addGuest("Tim", null, "TREKKER"));
		assertThat(trekkerAsGuest.fieldError("guestRole")).startsWith("Voor deze rol kun je niet");
	}

	@Test
	void theTrekkerChangesAndRemovesAGuest() throws Exception {
		Long id = this.guests.add(this.slug, "Sandra Koster", null, MembershipRole.EINDGEBRUIKER, this.trekker);
		String edit = team() + "/gasten/" + id;
		assertThat(page(get(edit).with(user(this.trekker))).value("name")).isEqualTo("Sandra Koster");

		Html tooLong = page(post(edit).param("name", "S".repeat(121))
			.param("organisation", "Inwoner")
			.param("guestRole", "EINDGEBRUIKER")
			.with(user(this.trekker))
			.with(csrf()));
		assertThat(tooLong.fieldError("name")).isEqualTo("Gebruik hooguit 120 tekens.");
		assertThat(tooLong.value("organisation")).isEqualTo("Inwoner");
		this.mvc
			.perform(post(edit).param("name", "Sandra Koster")
				.param("organisation", "Inwoner van Lelystad")
				.param("guestRole", "SUPPORTER")
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.guest.changed"));
		assertThat(page(get("/doetanks/" + this.slug)).text(".team__guest")).contains("Inwoner van Lelystad",
				"(Supporter)");

		for (int click = 0; click < 2; click++) {
			this.mvc.perform(post(edit + "/verwijderen").with(user(this.trekker)).with(csrf()))
				.andExpect(flash().attribute("flashSuccess", "doetank.guest.removed"));
		}
		assertThat(page(get("/doetanks/" + this.slug)).has(".team__guest")).isFalse();
	}

	@Test
	void aGuestOfAnotherDoetankIsNotFoundAndAMemberMayNotAddOne() throws Exception {
		MemberPrincipal otherTrekker = this.people.member("Olga Andere");
		String other = this.doetanks.active(otherTrekker, this.people.coach("Coby Coach"));
		Long theirs = this.guests.add(other, "Geheim Persoon", null, MembershipRole.SUPPORTER, otherTrekker);

		this.mvc.perform(get(team() + "/gasten/" + theirs).with(user(this.trekker))).andExpect(status().isNotFound());
		this.mvc.perform(post(team() + "/gasten/" + theirs + "/verwijderen").with(user(this.trekker)).with(csrf()));
		assertThat(this.guests.of(this.doetanks.load(other, null).getId())).hasSize(1);
		this.mvc
			.perform(post(team() + "/gasten").param("name", "Iemand")
				.param("guestRole", "LID")
				.with(user(this.people.member("Mila Lid")))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInvitationWithdrawnBeforeItIsAnsweredCannotBeAccepted() throws Exception {
		MemberPrincipal ina = this.people.member("Ina Ingetrokken");
		this.mvc
			.perform(post(team() + "/uitnodigingen").param("memberId", ina.id().toString())
				.param("role", "LID")
				.param("ring", "KERN")
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.invited"));
		Long id = this.invitations.openFor(ina.id()).get(0).membershipId();

		this.mvc.perform(post(team() + "/uitnodigingen/" + id + "/intrekken").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.invitationWithdrawn"));

		assertThat(this.invitations.openFor(ina.id())).isEmpty();
		assertThat(page(get("/doetanks/" + this.slug + "/uitnodiging").with(user(ina))).text("#pagina p.empty"))
			.isEqualTo("Er staat geen uitnodiging voor je open bij deze Doetank.");
		this.mvc
			.perform(post("/doetanks/" + this.slug + "/uitnodiging/" + id + "/accepteren").with(user(ina)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.noSuchInvitation"));
		assertThat(this.doetanks.load(this.slug, null).isMember(ina.id())).isFalse();
	}

	private MockHttpServletRequestBuilder addGuest(String name, String organisation, String role) {
		MockHttpServletRequestBuilder request = post(team() + "/gasten").param("name", name)
			.param("guestRole", role)
			.with(user(this.trekker))
			.with(csrf());
		return (organisation != null) ? request.param("organisation", organisation) : request;
	}

	private Html page(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request).andExpect(status().isOk()));
	}

	private String team() {
		return "/doetanks/" + this.slug + "/team";
	}

}
