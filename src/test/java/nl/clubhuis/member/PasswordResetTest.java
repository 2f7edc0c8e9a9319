package nl.clubhuis.member;

import java.time.Duration;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestBrowser;
import nl.clubhuis.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A forgotten password: the same answer for every address, a link that works once for an
 * hour, and a new password that ends the member's sessions everywhere.
 */
@IntegrationTest
class PasswordResetTest {

	static final String NEW_PASSWORD = "een-heel-nieuw-wachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Test
	void everyAddressGetsTheSameAnswerAndOnlyAnAccountGetsMail() throws Exception {
		String known = this.people.member("Vergeten Wachtwoord").getUsername();
		String unknown = "niemand-" + UUID.randomUUID() + "@test.example.org";

		MvcResult forKnown = forgot(new TestBrowser(this.mvc), known);
		MvcResult forUnknown = forgot(new TestBrowser(this.mvc), unknown);
		assertThat(forKnown.getResponse().getRedirectedUrl()).isEqualTo("/wachtwoord-vergeten/verstuurd")
			.isEqualTo(forUnknown.getResponse().getRedirectedUrl());
		Html sent = Html.of(new TestBrowser(this.mvc).perform(get("/wachtwoord-vergeten/verstuurd")));
		assertThat(sent.text(".lead")).startsWith("Als er een account is met dit e-mailadres");

		assertThat(this.inbox.awaitOne(known).subject()).isEqualTo("Kies een nieuw wachtwoord voor het Clubhuis");
		this.inbox.settle();
		assertThat(this.inbox.to(unknown)).isEmpty();
	}

	@Test
	void theLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
		MemberPrincipal member = this.people.member("Twee Sessies");
		String email = member.getUsername();
		TestBrowser laptop = new TestBrowser(this.mvc);
		TestBrowser phone = new TestBrowser(this.mvc);
		assertThat(laptop.logIn(email, TestPeople.PASSWORD)).isEqualTo("/");
		assertThat(phone.logIn(email, TestPeople.PASSWORD)).isEqualTo("/");
		assertThat(loggedIn(laptop)).isTrue();
		assertThat(loggedIn(phone)).isTrue();

		TestBrowser elsewhere = new TestBrowser(this.mvc);
		forgot(elsewhere, email);
		String link = this.inbox.awaitOne(email).pathOfLink("/wachtwoord-kiezen?code=");
		String code = link.substring(link.indexOf("code=") + 5);
		assertThat(this.jdbc.queryForObject(
				"SELECT extract(epoch FROM t.expires_at - t.created_at) FROM account_token t JOIN member m ON m.id = t.member_id "
						+ "WHERE m.email = ? AND purpose = 'RESET_PASSWORD'",
				Double.class, email))
			.as("valid for one hour")
			.isEqualTo((double) Duration.ofHours(1).toSeconds());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account_token WHERE token_hash = ?", Integer.class,
				code))
			.as("the token itself is not stored")
			.isZero();

		Html form = Html.of(elsewhere.perform(get(link)));
		assertThat(form.text("h1")).isEqualTo("Kies een nieuw wachtwoord");
		Html tooShort = Html
			.of(elsewhere.perform(post("/wachtwoord-kiezen").param("code", code).param("password", "kort")));
		assertThat(tooShort.fieldError("password")).isEqualTo("Kies een wachtwoord van minimaal 10 tekens.");
		assertThat(elsewhere.perform(post("/wachtwoord-kiezen").param("code", code).param("password", NEW_PASSWORD))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login");

		assertThat(loggedIn(laptop)).as("the laptop's session ended").isFalse();
		assertThat(loggedIn(phone)).as("the phone's session ended").isFalse();
		assertThat(new TestBrowser(this.mvc).logIn(email, TestPeople.PASSWORD)).isEqualTo("/login?fout");
		assertThat(new TestBrowser(this.mvc).logIn(email, NEW_PASSWORD)).isEqualTo("/");
		assertThat(this.inbox.await(email, 2).get(1).subject())
			.isEqualTo("Je wachtwoord voor het Clubhuis is gewijzigd");

		Html again = Html.of(elsewhere
			.perform(post("/wachtwoord-kiezen").param("code", code).param("password", "nog-een-ander-wachtwoord")));
		assertThat(again.text("h1")).isEqualTo("Deze link werkt niet meer");
		assertThat(again.one(".link-invalid__next").attr("href")).isEqualTo("/wachtwoord-vergeten");
		assertThat(new TestBrowser(this.mvc).logIn(email, NEW_PASSWORD)).isEqualTo("/");
	}

	@Test
	void aLinkOlderThanAnHourNoLongerWorks() throws Exception {
		String email = this.people.member("Te Laat").getUsername();
		forgot(new TestBrowser(this.mvc), email);
		String link = this.inbox.awaitOne(email).pathOfLink("/wachtwoord-kiezen?code=");
		this.jdbc.update("UPDATE account_token SET expires_at = now() - interval '1 second' "
				+ "WHERE member_id = (SELECT id FROM member WHERE email = ?)", email);

		assertThat(Html.of(new TestBrowser(this.mvc).perform(get(link))).text("h1"))
			.isEqualTo("Deze link werkt niet meer");
	}

	@Test
	void theLoginPageLinksHere() throws Exception {
		assertThat(Html.of(new TestBrowser(this.mvc).perform(get("/login"))).links()).contains("/wachtwoord-vergeten");
	}

	private MvcResult forgot(TestBrowser browser, String email) throws Exception {
		return browser.perform(post("/wachtwoord-vergeten").param("email", email));
	}

	private static boolean loggedIn(TestBrowser browser) throws Exception {
		return browser.perform(get("/mijn/agenda")).getResponse().getStatus() == 200;
	}

}
