package nl.clubhuis.member;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account remembers the language its member reads the portal in, from registering and
 * from switching while logged in, and every mail to them is in that language, also when
 * the request that sends it comes from a page in the other language.
 */
@IntegrationTest
class MemberLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Test
	void someoneRegisteringInEnglishGetsEnglishMailEvenWhenAskingFromADutchPage() throws Exception {
		String email = "engels-" + UUID.randomUUID() + "@test.example.org";
		this.mvc
			.perform(post("/registreren").cookie(new Cookie("clubhuis-taal", "en"))
				.with(csrf())
				.param("name", "Emma English")
				.param("email", email)
				.param("organisation", "Gemeente Testdorp")
				.param("password", "een lang genoeg wachtwoord"))
			.andExpect(status().is3xxRedirection());
		assertThat(language(email)).isEqualTo("en");
		assertThat(this.inbox.awaitOne(email).subject()).doesNotContain("Bevestig");

		this.mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email))
			.andExpect(status().is3xxRedirection());
		assertThat(this.inbox.await(email, 2).get(1).subject()).isEqualTo("Choose a new password for the Clubhuis");
	}

	@Test
	void aMemberWhoSwitchesLanguageWhileLoggedInGetsMailInThatLanguage() throws Exception {
		MemberPrincipal member = this.people.member("Wim Wisselt");
		assertThat(language(member.getUsername())).as("Dutch by default").isEqualTo("nl");

		this.mvc.perform(get("/?lang=en").with(user(member))).andExpect(status().isOk());
		assertThat(language(member.getUsername())).isEqualTo("en");
		this.mvc.perform(get("/?lang=fr").with(user(member))).andExpect(status().isOk());
		assertThat(language(member.getUsername())).as("a language the portal does not speak is Dutch").isEqualTo("nl");
		this.mvc.perform(get("/?lang=en").with(user(member))).andExpect(status().isOk());

		this.mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", member.getUsername()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.inbox.awaitOne(member.getUsername()).subject())
			.isEqualTo("Choose a new password for the Clubhuis");
	}

	private String language(String email) {
		return this.jdbc.queryForObject("SELECT locale FROM member WHERE email = ?", String.class, email);
	}

}
