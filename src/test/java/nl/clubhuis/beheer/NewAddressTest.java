package nl.clubhuis.beheer;

import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member who registered with a typo, or lost the mailbox of their address, asks a
 * beheerder for help: the beheerder sends the confirmation link to the right address, and
 * the address changes when the member follows it.
 */
@IntegrationTest
class NewAddressTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	MemberService members;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberWhoRegisteredWithATypoGetsInThroughTheLinkABeheerderSent() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Tom Typefout");
		String typo = member.getUsername();
		this.jdbc.update("UPDATE member SET email_verified_at = NULL WHERE id = ?", member.id());
		String right = "tom-" + UUID.randomUUID() + "@test.example.org";

		this.mvc.perform(send(beheerder, member, right))
			.andExpect(redirectedUrl("/beheer/leden/" + member.id()))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.emailChangeSent"));
		assertThat(this.members.findByEmail(typo)).as("nothing changes yet").isPresent();
		Html waiting = Html.of(this.mvc.perform(get("/beheer/leden/" + member.id()).with(user(beheerder))));
		assertThat(waiting.text(".pending-address")).startsWith("Er wacht een bevestigingslink naar " + right);
		Inbox.Mail confirmation = this.inbox.awaitOne(right);
		assertThat(confirmation.subject()).isEqualTo("Bevestig je nieuwe e-mailadres voor het Clubhuis");
		assertThat(confirmation.text()).contains("Je vroeg een beheerder", "Wachtwoord vergeten?");
		String link = confirmation.pathOfLink("/e-mailadres-wijzigen?code=");

		this.mvc
			.perform(
					post("/e-mailadres-wijzigen").param("code", link.substring(link.indexOf("code=") + 5)).with(csrf()))
			.andExpect(redirectedUrl("/login"));

		assertThat(this.members.findByEmail(typo)).isEmpty();
		assertThat(Html.of(this.mvc.perform(get("/beheer/leden/" + member.id()).with(user(beheerder))))
			.has(".pending-address")).as("followed, so nothing waits").isFalse();
		assertThat(this.members.findByEmail(right)).isPresent();
		assertThat(this.jdbc.queryForObject("SELECT email_verified_at IS NOT NULL FROM member WHERE id = ?",
				Boolean.class, member.id()))
			.as("the address is confirmed by following the link")
			.isTrue();
		this.inbox.settle();
		assertThat(this.inbox.to(typo)).as("a typo's address may be somebody else's: no notice there").isEmpty();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE kind = 'EMAIL_CHANGE_SENT' AND member_id = ? AND actor_id = ?",
				Integer.class, member.id(), beheerder.id()))
			.isEqualTo(1);
		Html logboek = Html.of(this.mvc.perform(get("/beheer/logboek?persoon=" + member.id()).with(user(beheerder))));
		assertThat(logboek.text("table")).contains("Link naar een nieuw e-mailadres gestuurd").doesNotContain(right);
	}

	@Test
	void theSameFormSentTwiceSendsOneLinkThatWorks() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Dirk Dubbelklik");
		String right = "dirk-" + UUID.randomUUID() + "@test.example.org";

		this.mvc.perform(send(beheerder, member, right)).andExpect(status().is3xxRedirection());
		this.mvc.perform(send(beheerder, member, right))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.emailChangeSent"));

		String link = this.inbox.awaitOne(right).pathOfLink("/e-mailadres-wijzigen?code=");
		this.inbox.settle();
		assertThat(this.inbox.to(right)).hasSize(1);
		this.mvc
			.perform(
					post("/e-mailadres-wijzigen").param("code", link.substring(link.indexOf("code=") + 5)).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.members.findByEmail(right)).isPresent();
	}

	@Test
	void aLinkSentBeforeTheAccountBecameBeheerderNoLongerWorks() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Bram Bijnabeheerder");
		String other = "overname-" + UUID.randomUUID() + "@test.example.org";
		this.mvc.perform(send(beheerder, member, other)).andExpect(status().is3xxRedirection());
		String link = this.inbox.awaitOne(other).pathOfLink("/e-mailadres-wijzigen?code=");

		this.mvc
			.perform(post("/beheer/leden/" + member.id() + "/rollen/BEHEERDER/toekennen").with(csrf())
				.with(user(beheerder)))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(
					post("/e-mailadres-wijzigen").param("code", link.substring(link.indexOf("code=") + 5)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.members.findByEmail(other)).isEmpty();
		assertThat(this.members.findByEmail(member.getUsername())).isPresent();
	}

	@Test
	void aConfirmedOldAddressIsToldOfTheChange() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Nina Nieuwebaan");
		String right = "nina-" + UUID.randomUUID() + "@test.example.org";

		this.mvc.perform(send(beheerder, member, right)).andExpect(status().is3xxRedirection());

		Inbox.Mail notice = this.inbox.awaitOne(member.getUsername());
		assertThat(notice.subject()).isEqualTo("Je e-mailadres bij het Clubhuis wordt gewijzigd");
		assertThat(notice.text()).contains("Een beheerder van het Clubhuis", "privacy@");
	}

	@Test
	void theSameAddressATakenOneOrNoAddressIsSaidAtTheFieldAndSendsNothing() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Sam Zelfde");
		MemberPrincipal other = this.people.member("Olaf Ander");

		Html same = Html.of(this.mvc.perform(send(beheerder, member, member.getUsername().toUpperCase()))
			.andExpect(status().isOk()));
		assertThat(same.fieldError("newEmail")).startsWith("Dit is het huidige adres van het lid.");
		Html taken = Html.of(this.mvc.perform(send(beheerder, member, other.getUsername())).andExpect(status().isOk()));
		assertThat(taken.fieldError("newEmail")).startsWith("Dit adres hoort al bij een ander account.");
		assertThat(taken.value("newEmail")).as("what was typed is kept").isEqualTo(other.getUsername());
		Html invalid = Html.of(this.mvc.perform(send(beheerder, member, "geen-adres")).andExpect(status().isOk()));
		assertThat(invalid.fieldError("newEmail")).startsWith("Dit is geen geldig e-mailadres");

		Html differ = Html
			.of(this.mvc
				.perform(post("/beheer/leden/" + member.id() + "/e-mailadres").param("newEmail", "sam@gemeente.example")
					.param("newEmailAgain", "sam@gemente.example")
					.with(user(beheerder))
					.with(csrf()))
				.andExpect(status().isOk()));
		assertThat(differ.fieldError("newEmailAgain")).startsWith("De twee adressen verschillen.");
		assertThat(differ.value("newEmail")).isEqualTo("sam@gemeente.example");

		this.inbox.settle();
		assertThat(this.inbox.to(member.getUsername())).isEmpty();
		assertThat(this.inbox.to(other.getUsername())).isEmpty();
		assertThat(this.inbox.to("sam@gemeente.example")).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE member_id = ?", Integer.class,
				member.id()))
			.isZero();
	}

	@Test
	void aBeheerdersAddressIsChangedOnlyAfterTheRoleIsTakenAway() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal other = this.people.beheerder("Ben Beheer");
		String page = "/beheer/leden/" + other.id();

		Html memberPage = Html.of(this.mvc.perform(get(page).with(user(beheerder))).andExpect(status().isOk()));
		assertThat(memberPage.text(".email-beheerder")).startsWith("Het adres van een account met de rol beheerder");
		assertThat(memberPage.links("#pagina")).doesNotContain(page + "/e-mailadres");
		this.mvc.perform(get(page + "/e-mailadres").with(user(beheerder))).andExpect(status().isNotFound());
		this.mvc.perform(send(beheerder, other, "overname-" + UUID.randomUUID() + "@test.example.org"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashProblem", "beheer.email.isBeheerder"));
		assertThat(this.members.findByEmail(other.getUsername())).isPresent();
	}

	private static MockHttpServletRequestBuilder send(MemberPrincipal beheerder, MemberPrincipal member,
			String newEmail) {
		return post("/beheer/leden/" + member.id() + "/e-mailadres").param("newEmail", newEmail)
			.param("newEmailAgain", newEmail)
			.with(user(beheerder))
			.with(csrf());
	}

}
