package nl.clubhuis.beheer;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /beheer: a beheerder finds members by name, address or organisation, and sees one
 * member's roles, Doetanks and dates.
 */
@IntegrationTest
class MemberPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBeheerderFindsMembersByNameAddressOrOrganisation() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal wanted = this.people.member("Zoë Zoekbaar-Xylofoon");

		assertThat(names(search(beheerder, "xylofoon"))).containsExactly("Zoë Zoekbaar-Xylofoon");
		assertThat(names(search(beheerder, wanted.getUsername().toUpperCase()))).containsExactly(wanted.name());
		assertThat(search(beheerder, "TESTDORP").text(".result-count")).endsWith("leden");
		assertThat(names(search(beheerder, "100%-zeker"))).isEmpty();

		Html page = search(beheerder, "xylofoon");
		assertThat(page.value("zoek")).isEqualTo("xylofoon");
		assertThat(page.text(".result-count")).isEqualTo("1 lid");
		assertThat(page.links(".member-table")).containsExactly("/beheer/leden/" + wanted.id());
	}

	@Test
	void aBeheerderListsTheAccountsNotVerifiedBlockedOrErased() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		String run = java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		this.people.member("Statusfilter Actief " + run);
		MemberPrincipal unverified = this.people.member("Statusfilter Onbevestigd " + run);
		this.jdbc.update("UPDATE member SET email_verified_at = NULL WHERE id = ?", unverified.id());
		MemberPrincipal blocked = this.people.member("Statusfilter Geblokkeerd " + run);
		this.jdbc.update("UPDATE member SET blocked_at = now() WHERE id = ?", blocked.id());
		MemberPrincipal erased = this.people.member("Statusfilter Verwijderd " + run);
		this.mvc
			.perform(post("/mijn/account/verwijderen").param("keepContent", "true")
				.param("password", TestPeople.PASSWORD)
				.param("confirmed", "true")
				.with(user(erased))
				.with(csrf()))
			.andExpect(redirectedUrl("/account-verwijderd"));

		assertThat(names(search(beheerder, run))).as("in use, by default")
			.containsExactly("Statusfilter Actief " + run, "Statusfilter Geblokkeerd " + run,
					"Statusfilter Onbevestigd " + run);
		assertThat(names(list(beheerder, run, "ONBEVESTIGD"))).containsExactly("Statusfilter Onbevestigd " + run);
		assertThat(list(beheerder, run, "ONBEVESTIGD").text(".member-table .badge")).isEqualTo("Niet bevestigd");
		assertThat(names(list(beheerder, run, "GEBLOKKEERD"))).containsExactly("Statusfilter Geblokkeerd " + run);
		assertThat(list(beheerder, "verwijderd-" + erased.id() + "@", "VERWIJDERD").links(".member-table"))
			.containsExactly("/beheer/leden/" + erased.id());
		assertThat(search(beheerder, "verwijderd-" + erased.id() + "@").has(".member-table"))
			.as("erased accounts are not in the list of accounts in use")
			.isFalse();
		Html odd = list(beheerder, run, "GEEN");
		assertThat(names(odd)).as("an unknown state is the default").hasSize(3);
		assertThat(odd.one("#status option[selected]").val()).isEqualTo("IN_GEBRUIK");
	}

	@Test
	void aMembersPageShowsTheirRolesDoetanksAndWhenTheyLastLoggedIn() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal trekker = this.people.coach("Toon Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		Html before = Html.of(this.mvc.perform(get("/beheer/leden/" + trekker.id()).with(user(beheerder)))
			.andExpect(status().isOk()));
		assertThat(before.text(".member-last-login")).isEqualTo("Nog niet sinds de registratie");

		this.mvc.perform(
				formLogin("/login").userParameter("email").user(trekker.getUsername()).password(TestPeople.PASSWORD));
		Html page = Html.of(this.mvc.perform(get("/beheer/leden/" + trekker.id()).with(user(beheerder)))
			.andExpect(status().isOk()));

		assertThat(page.text("h1")).isEqualTo("Toon Trekker");
		assertThat(page.text(".member-email")).isEqualTo(trekker.getUsername());
		assertThat(page.text(".member-last-login")).isNotEqualTo("Nog niet sinds de registratie").isNotBlank();
		assertThat(page.text(".member-registered")).isNotBlank();
		assertThat(page.text("[data-role=COACH] .role-held")).isEqualTo("Ja");
		assertThat(page.text("[data-role=REDACTEUR] .role-held")).isEqualTo("Nee");
		assertThat(page.texts(".member-doetanks li")).singleElement().asString().contains("Trekker").contains("actief");
		assertThat(page.links(".member-doetanks")).containsExactly("/doetanks/" + slug);
		assertThat(page.links("#pagina")).contains("/beheer/logboek?persoon=" + trekker.id(),
				"/beheer/leden/" + trekker.id() + "/blokkeren");
	}

	@Test
	void aCoachWhoLosesTheRoleIsShownTheTeamsTheyStillCoach() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal coach = this.people.coach("Olga Overgedragen");
		String slug = this.doetanks.active(this.people.member("Tim Team"), coach);
		String stopped = this.doetanks.active(this.people.member("Sara Stop"), coach);
		this.jdbc
			.update("UPDATE doetank SET status = 'GESTOPT', stop_reason = 'Geen tijd', lessons = 'Eerst tijd vrijmaken'"
					+ " WHERE slug = ?", stopped);
		String page = "/beheer/leden/" + coach.id();
		assertThat(Html.of(this.mvc.perform(get(page).with(user(beheerder)))).has(".still-coaching"))
			.as("a coach coaching")
			.isFalse();

		this.mvc.perform(post(page + "/rollen/COACH/intrekken").with(csrf()).with(user(beheerder)))
			.andExpect(status().is3xxRedirection());

		Html after = Html.of(this.mvc.perform(get(page).with(user(beheerder))));
		assertThat(after.text(".still-coaching p")).startsWith("Dit lid is geen coach meer");
		assertThat(after.links(".still-coaching")).as("only teams that can still be changed")
			.containsExactly("/doetanks/" + slug + "/team");
	}

	@Test
	void anErasedAccountHasNothingLeftToManage() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal leaving = this.people.member("Vera Vertrokken");
		this.mvc
			.perform(post("/mijn/account/verwijderen").param("keepContent", "true")
				.param("password", TestPeople.PASSWORD)
				.param("confirmed", "true")
				.with(user(leaving))
				.with(csrf()))
			.andExpect(redirectedUrl("/account-verwijderd"));

		Html page = Html.of(this.mvc.perform(get("/beheer/leden/" + leaving.id()).with(user(beheerder)))
			.andExpect(status().isOk()));

		assertThat(page.text("h1")).isEqualTo("voormalig lid");
		assertThat(page.text(".member-erased")).startsWith("Dit account is verwijderd");
		assertThat(page.has("#pagina form")).as("no form to grant, take, block or mail").isFalse();
		assertThat(page.links("#pagina")).doesNotContain("/beheer/leden/" + leaving.id() + "/blokkeren");
		this.mvc
			.perform(post("/beheer/leden/" + leaving.id() + "/rollen/REDACTEUR/toekennen").with(user(beheerder))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/beheer/leden/" + leaving.id() + "/blokkeren").param("reason", "ANDERS")
				.with(user(beheerder))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/beheer/leden/" + leaving.id() + "/blokkeren").with(user(beheerder)))
			.andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get("/beheer/leden/" + leaving.id()).with(user(beheerder))))
			.text("[data-role=REDACTEUR] .role-held")).isEqualTo("Nee");
	}

	@Test
	void anUnknownMemberIsNotFoundAndOthersMayNotLook() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Mila Lid");

		this.mvc.perform(get("/beheer/leden/999999999").with(user(beheerder))).andExpect(status().isNotFound());
		this.mvc.perform(get("/beheer").with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/beheer/leden/" + member.id()).with(user(member))).andExpect(status().isForbidden());
	}

	private Html search(MemberPrincipal beheerder, String text) throws Exception {
		return Html
			.of(this.mvc.perform(get("/beheer").param("zoek", text).with(user(beheerder))).andExpect(status().isOk()));
	}

	private Html list(MemberPrincipal beheerder, String text, String state) throws Exception {
		return Html.of(this.mvc.perform(get("/beheer").param("zoek", text).param("status", state).with(user(beheerder)))
			.andExpect(status().isOk()));
	}

	private static java.util.List<String> names(Html page) {
		return page.texts(".member-table tbody td:first-child a");
	}

}
