package nl.clubhuis.moderation;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Members report a profile's free text (its bio) from the profile page, never their own;
 * the redactie hides it with a word, after which only the member (who reads why, also as
 * a notification) and the redactie still read it; restoring shows it again.
 */
@IntegrationTest
class ProfileReportingTest {

	static final String BIO = "Koop mijn cursus op www.voorbeeld.nl";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal owner;

	MemberPrincipal reader;

	MemberPrincipal redacteur;

	String path;

	@BeforeEach
	void aProfileWithABio() {
		this.owner = this.people.member("Piet Profiel");
		this.reader = this.people.member("Lotte Lezer");
		this.redacteur = this.people.redacteur("Ruud Redactie");
		this.jdbc.update("UPDATE member SET bio = ? WHERE id = ?", BIO, this.owner.id());
		this.path = "/leden/"
				+ this.jdbc.queryForObject("SELECT slug FROM member WHERE id = ?", String.class, this.owner.id());
	}

	@Test
	void theReportLinkIsOnSomeoneElsesProfileOnlyForMembers() throws Exception {
		String link = "/melden?soort=PROFILE&id=" + this.owner.id();
		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.reader)))).links(".profile__actions"))
			.contains(link);
		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.owner)))).has(".profile__report")).isFalse();
		this.mvc
			.perform(get("/melden").param("soort", "PROFILE").param("id", "" + this.owner.id()).with(user(this.owner)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aHiddenBioIsGoneForOthersButTheMemberAndTheRedactieReadItAndRestoringShowsIt() throws Exception {
		this.mvc
			.perform(post("/melden").param("soort", "PROFILE")
				.param("id", "" + this.owner.id())
				.param("reason", "Reclame")
				.with(user(this.reader))
				.with(csrf()))
			.andExpect(redirectedUrl(this.path));
		Html queue = Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur))));
		assertThat(queue.text("#melding-PROFILE-" + this.owner.id())).contains(BIO, "Reclame");

		this.mvc
			.perform(post("/redactie/meldingen/verbergen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "PROFILE")
				.param("id", "" + this.owner.id())
				.param("woord", "Geen reclame in profielen"))
			.andExpect(redirectedUrl("/redactie/meldingen"));

		Html others = Html.of(this.mvc.perform(get(this.path).with(user(this.reader))));
		assertThat(others.has(".profile__bio")).isFalse();
		assertThat(others.text()).doesNotContain(BIO);
		assertThat(others.has(".profile__report")).isFalse();
		Html own = Html.of(this.mvc.perform(get(this.path).with(user(this.owner))));
		assertThat(own.text(".profile__bio")).isEqualTo(BIO);
		assertThat(own.text(".profile__bio-hidden")).endsWith("Waarom: Geen reclame in profielen");
		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.redacteur)))).text(".profile__bio"))
			.isEqualTo(BIO);
		assertThat(this.jdbc.queryForList("SELECT kind || ' ' || link FROM notification WHERE member_id = ?",
				String.class, this.owner.id()))
			.containsExactly("CONTENT_HIDDEN " + this.path);

		this.mvc
			.perform(post("/redactie/meldingen/herstellen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "PROFILE")
				.param("id", "" + this.owner.id()))
			.andExpect(redirectedUrl("/redactie/meldingen"));
		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.reader)))).text(".profile__bio"))
			.isEqualTo(BIO);
	}

}
