package nl.clubhuis.member;

import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestBrowser;
import nl.clubhuis.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** /mijn/account: name and organisation, password, address. */
@IntegrationTest
class AccountPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	TestPeople people;

	@Autowired
	MemberService members;

	@Test
	void nameAndOrganisationChangeAtOnceAndBadInputStaysInTheForm() throws Exception {
		MemberPrincipal member = this.people.member("Oude Naam");
		TestBrowser browser = loggedIn(member);

		Html empty = Html.of(browser
			.perform(post("/mijn/account/gegevens").param("name", "").param("organisation", "Provincie Utrecht")));
		assertThat(empty.fieldError("name")).isEqualTo("Vul dit veld in.");
		assertThat(empty.value("organisation")).isEqualTo("Provincie Utrecht");

		assertThat(browser
			.perform(post("/mijn/account/gegevens").param("name", "Nieuwe Naam")
				.param("organisation", "Provincie Utrecht"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/mijn/account");
		Html page = Html.of(browser.perform(get("/mijn/account")));
		assertThat(page.value("name")).isEqualTo("Nieuwe Naam");
		assertThat(page.value("organisation")).isEqualTo("Provincie Utrecht");
		assertThat(page.text(".account__name")).as("the header knows at once").isEqualTo("Nieuwe Naam");
	}

	@Test
	void aNewPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
		MemberPrincipal member = this.people.member("Wachtwoord Wisselaar");
		TestBrowser laptop = loggedIn(member);
		TestBrowser phone = loggedIn(member);

		Html wrong = Html
			.of(laptop.perform(post("/mijn/account/wachtwoord").param("currentPassword", "geraden-wachtwoord")
				.param("password", "een-nieuw-wachtwoord")));
		assertThat(wrong.fieldError("currentPassword")).isEqualTo("Dit is niet je huidige wachtwoord.");
		assertThat(wrong.value("currentPassword")).isEmpty();
		assertThat(isLoggedIn(phone)).isTrue();

		assertThat(laptop
			.perform(post("/mijn/account/wachtwoord").param("currentPassword", TestPeople.PASSWORD)
				.param("password", "een-nieuw-wachtwoord"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/mijn/account");
		assertThat(isLoggedIn(laptop)).as("this session stays").isTrue();
		assertThat(isLoggedIn(phone)).as("the other session ended").isFalse();
		assertThat(new TestBrowser(this.mvc).logIn(member.getUsername(), "een-nieuw-wachtwoord")).isEqualTo("/");
	}

	@Test
	void aNewAddressCountsOnlyOnceItsLinkIsFollowed() throws Exception {
		MemberPrincipal member = this.people.member("Verhuizer");
		String oldEmail = member.getUsername();
		String newEmail = "verhuisd-" + UUID.randomUUID() + "@test.example.org";
		TestBrowser browser = loggedIn(member);

		browser.perform(post("/mijn/account/e-mailadres").param("newEmail", newEmail));
		assertThat(this.members.findByEmail(oldEmail)).as("nothing changes yet").isPresent();
		assertThat(this.inbox.awaitOne(oldEmail).subject())
			.isEqualTo("Je e-mailadres bij het Clubhuis wordt gewijzigd");
		Inbox.Mail confirmation = this.inbox.awaitOne(newEmail);
		assertThat(confirmation.subject()).isEqualTo("Bevestig je nieuwe e-mailadres voor het Clubhuis");
		String link = confirmation.pathOfLink("/e-mailadres-wijzigen?code=");
		String code = link.substring(link.indexOf("code=") + 5);

		assertThat(Html.of(browser.perform(get(link))).text("h1")).isEqualTo("Nieuw e-mailadres bevestigen");
		assertThat(browser.perform(post("/e-mailadres-wijzigen").param("code", code)).getResponse().getRedirectedUrl())
			.isEqualTo("/mijn/account");
		assertThat(Html.of(browser.perform(get("/mijn/account"))).text(".account-email")).isEqualTo(newEmail);
		assertThat(this.members.findByEmail(oldEmail)).isEmpty();
		assertThat(new TestBrowser(this.mvc).logIn(newEmail, TestPeople.PASSWORD)).isEqualTo("/");
		assertThat(Html.of(browser.perform(post("/e-mailadres-wijzigen").param("code", code))).text("h1"))
			.isEqualTo("Deze link werkt niet meer");
	}

	@Test
	void aTakenAddressLooksTheSameAndItsOwnerIsTold() throws Exception {
		MemberPrincipal member = this.people.member("Nieuwsgierig");
		String taken = this.people.member("Bestaand Lid").getUsername();
		String free = "vrij-" + UUID.randomUUID() + "@test.example.org";
		TestBrowser browser = loggedIn(member);

		MvcResult toTaken = browser.perform(post("/mijn/account/e-mailadres").param("newEmail", taken));
		String afterTaken = Html.of(browser.perform(get("/mijn/account"))).text(".alert--success");
		MvcResult toFree = browser.perform(post("/mijn/account/e-mailadres").param("newEmail", free));
		String afterFree = Html.of(browser.perform(get("/mijn/account"))).text(".alert--success");
		assertThat(toTaken.getResponse().getRedirectedUrl()).isEqualTo(toFree.getResponse().getRedirectedUrl());
		assertThat(afterTaken).isEqualTo(afterFree).startsWith("Kijk in de mail op je nieuwe adres");

		assertThat(this.inbox.awaitOne(taken).subject()).isEqualTo("Je hebt al een account bij het Clubhuis");
		assertThat(this.members.findByEmail(member.getUsername())).isPresent();
	}

	private TestBrowser loggedIn(MemberPrincipal member) throws Exception {
		TestBrowser browser = new TestBrowser(this.mvc);
		assertThat(browser.logIn(member.getUsername(), TestPeople.PASSWORD)).isEqualTo("/");
		return browser;
	}

	private static boolean isLoggedIn(TestBrowser browser) throws Exception {
		return browser.perform(get("/mijn/account")).getResponse().getStatus() == 200;
	}

}
