package nl.clubhuis.member;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registering sends a link that verifies the address; until then the member reads but
 * does not write; nothing tells a stranger which addresses have an account.
 */
@IntegrationTest
class VerificationTest {

	static final String PASSWORD = "een-lang-wachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MemberService members;

	@Test
	void theMailedLinkVerifiesTheAddressOnceAndTheMemberCanThenTakePart() throws Exception {
		String email = address();
		TestBrowser browser = new TestBrowser(this.mvc);
		assertThat(register(browser, email).getResponse().getRedirectedUrl()).isEqualTo("/registreren/verstuurd");
		assertThat(browser.logIn(email, PASSWORD)).as("logging in works before verifying").isEqualTo("/");

		Html home = Html.of(browser.perform(get("/")));
		assertThat(home.text(".unverified-banner")).contains("Bevestig je e-mailadres");
		assertThat(browser.perform(get("/doetanks/nieuw")).getResponse().getStatus()).as("reading works")
			.isEqualTo(200);
		assertThat(proposeVraagstuk(browser).getResponse().getRedirectedUrl()).as("writing does not")
			.isEqualTo("/mijn/bevestigen");
		assertThat(Html.of(browser.perform(get("/mijn/bevestigen"))).text("h1"))
			.isEqualTo("Bevestig eerst je e-mailadres");

		Inbox.Mail mail = this.inbox.awaitOne(email);
		assertThat(mail.subject()).isEqualTo("Bevestig je e-mailadres voor het Clubhuis");
		String link = mail.pathOfLink("/bevestigen?code=");
		String code = link.substring(link.indexOf("code=") + 5);
		assertThat(tokensInTheDatabase(email)).as("only a hash is stored")
			.allSatisfy((row) -> assertThat(row.values()).doesNotContain(code)
				.noneSatisfy((value) -> assertThat(String.valueOf(value)).contains(code)));

		// Another browser (the phone the mail was read on) follows the link.
		TestBrowser phone = new TestBrowser(this.mvc);
		Html confirm = Html.of(phone.perform(get(link)));
		assertThat(confirm.text("h1")).isEqualTo("E-mailadres bevestigen");
		assertThat(confirm.value("code")).isEqualTo(code);
		assertThat(phone.perform(post("/bevestigen").param("code", code)).getResponse().getRedirectedUrl())
			.isEqualTo("/login");

		assertThat(Html.of(browser.perform(get("/"))).has(".unverified-banner")).as("the first browser notices at once")
			.isFalse();
		assertThat(proposeVraagstuk(browser).getResponse().getRedirectedUrl()).startsWith("/doetanks/");

		Html usedAgain = Html.of(phone.perform(post("/bevestigen").param("code", code)));
		assertThat(usedAgain.text("h1")).isEqualTo("Deze link werkt niet meer");
		assertThat(Html.of(phone.perform(get(link))).one(".link-invalid__next").attr("href"))
			.isEqualTo("/mijn/bevestigen");
	}

	@Test
	void anExpiredLinkNoLongerWorksAndSaysWhatToDo() throws Exception {
		String email = address();
		register(new TestBrowser(this.mvc), email);
		String link = this.inbox.awaitOne(email).pathOfLink("/bevestigen?code=");
		this.jdbc.update("UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE member_id = "
				+ "(SELECT id FROM member WHERE email = ?)", email);

		Html page = Html.of(new TestBrowser(this.mvc).perform(get(link)));
		assertThat(page.text("h1")).isEqualTo("Deze link werkt niet meer");
		assertThat(page.text(".link-invalid__next")).isEqualTo("Vraag een nieuwe bevestigingsmail aan");
		assertThat(this.members.findByEmail(email).orElseThrow().isVerified()).isFalse();
	}

	@Test
	void anAddressWithAnAccountGetsTheSamePageAndItsOwnerAMail() throws Exception {
		String taken = address();
		String fresh = address();
		register(new TestBrowser(this.mvc), taken);
		this.inbox.awaitOne(taken);

		MvcResult again = register(new TestBrowser(this.mvc), taken);
		MvcResult first = register(new TestBrowser(this.mvc), fresh);
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(page(again.getResponse().getRedirectedUrl()))
			.isEqualTo(page(first.getResponse().getRedirectedUrl()));

		Inbox.Mail owner = this.inbox.await(taken, 2).get(1);
		assertThat(owner.subject()).isEqualTo("Je hebt al een account bij het Clubhuis");
		assertThat(owner.pathOfLink("/wachtwoord-vergeten")).isEqualTo("/wachtwoord-vergeten");
		assertThat(this.inbox.awaitOne(fresh).subject()).isEqualTo("Bevestig je e-mailadres voor het Clubhuis");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM member WHERE email = ?", Integer.class, taken))
			.isEqualTo(1);
	}

	@Test
	void aNewMailCanBeAskedForButNotOverAndOver() throws Exception {
		String email = address();
		TestBrowser browser = new TestBrowser(this.mvc);
		register(browser, email);
		browser.logIn(email, PASSWORD);
		String firstLink = this.inbox.awaitOne(email).pathOfLink("/bevestigen?code=");

		browser.perform(post("/mijn/bevestigen/opnieuw"));
		assertThat(Html.of(browser.perform(get("/mijn/bevestigen"))).text(".alert--error"))
			.contains("We hebben je net al een mail gestuurd");

		this.jdbc.update("UPDATE account_token SET created_at = created_at - interval '1 hour' WHERE member_id = "
				+ "(SELECT id FROM member WHERE email = ?)", email);
		browser.perform(post("/mijn/bevestigen/opnieuw"));
		String secondLink = this.inbox.await(email, 2).get(1).pathOfLink("/bevestigen?code=");
		assertThat(secondLink).isNotEqualTo(firstLink);
		assertThat(Html.of(browser.perform(get(firstLink))).text("h1")).as("the earlier link is replaced")
			.isEqualTo("Deze link werkt niet meer");
		assertThat(Html.of(browser.perform(get(secondLink))).text("h1")).isEqualTo("E-mailadres bevestigen");
	}

	@Test
	void everyContributionWaitsForAVerifiedAddressButTheOwnAccountDoesNot() throws Exception {
		String email = address();
		register(new TestBrowser(this.mvc), email);
		MemberPrincipal unverified = this.members.findByEmail(email).orElseThrow();
		assertThat(unverified.isVerified()).isFalse();

		for (String write : List.of("/doetanks/nieuw", "/doetanks/een-doetank/aanmelden",
				"/berichten/een-bericht/reacties", "/agenda/een-bijeenkomst/aanmelden", "/nieuws/nieuw",
				"/iets/wat/later/komt")) {
			assertThat(this.mvc.perform(post(write).with(user(unverified)).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).as(write).isEqualTo("/mijn/bevestigen");
		}
		for (String own : List.of("/mijn/meldingen/gelezen", "/uitloggen")) {
			assertThat(this.mvc.perform(post(own).with(user(unverified)).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).as(own).isNotEqualTo("/mijn/bevestigen");
		}
	}

	private MvcResult register(TestBrowser browser, String email) throws Exception {
		return browser.perform(post("/registreren").param("name", "Nieuw Lid")
			.param("email", email)
			.param("organisation", "Gemeente Testdorp")
			.param("password", PASSWORD));
	}

	private MvcResult proposeVraagstuk(TestBrowser browser) throws Exception {
		return browser.perform(post("/doetanks/nieuw").param("title", "Vraagstuk " + UUID.randomUUID())
			.param("vraagstuk", "Een probleem.")
			.param("theme", "DIENSTVERLENING")
			.param("organisation", "Gemeente Testdorp"));
	}

	/** A page as a stranger sees it, without the per-session form token. */
	private String page(String path) throws Exception {
		Html html = Html.of(new TestBrowser(this.mvc).perform(get(path)));
		html.all("input[name=_csrf]").remove();
		return html.document().outerHtml();
	}

	private List<Map<String, Object>> tokensInTheDatabase(String email) {
		return this.jdbc.queryForList(
				"SELECT t.* FROM account_token t JOIN member m ON m.id = t.member_id WHERE m.email = ?", email);
	}

	private static String address() {
		return "nieuw-" + UUID.randomUUID() + "@test.example.org";
	}

}
