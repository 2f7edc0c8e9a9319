package nl.clubhuis.member.web;

import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.NewMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Every character of a password counts (Argon2, not bcrypt's first 72 bytes), and an old
 * bcrypt hash becomes an Argon2 hash at the next login.
 */
@IntegrationTest
class PasswordHashingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberService members;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLongPasswordInAnyScriptWorksAndEveryCharacterCounts() throws Exception {
		String password = "Моя длинная фраза-пароль о чайках над рекой ".repeat(2) + "🐴 конец";
		assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(150);
		String email = "lang." + UUID.randomUUID() + "@test.example.org";
		this.members.createVerified(new NewMember("Lange Zin", email, null, password));

		logIn(email, password.substring(0, password.length() - 1) + "x").andExpect(redirectedUrl("/login?fout"));
		logIn(email, password).andExpect(redirectedUrl("/"));
	}

	@Test
	void anOldBcryptHashStillWorksAndBecomesArgon2AtTheNextLogin() throws Exception {
		MemberPrincipal member = this.people.member("Oud Gehasht");
		setHash(member, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestPeople.PASSWORD));

		logIn(member.getUsername(), "fout-wachtwoord").andExpect(redirectedUrl("/login?fout"));
		assertThat(hash(member)).as("a failed login changes nothing").startsWith("{bcrypt}");

		logIn(member.getUsername(), TestPeople.PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(hash(member)).startsWith("{argon2}$argon2id$");
		logIn(member.getUsername(), TestPeople.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void aPasswordLongerThanBcryptSawIsNotMatchedOnItsFirst72Bytes() throws Exception {
		MemberPrincipal member = this.people.member("Precies Tweeënzeventig");
		String password = "abcdefgh".repeat(9);
		setHash(member, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password));

		logIn(member.getUsername(), password + "-en-meer").andExpect(redirectedUrl("/login?fout"));
		assertThat(hash(member)).startsWith("{bcrypt}");
		logIn(member.getUsername(), password).andExpect(redirectedUrl("/"));
	}

	private ResultActions logIn(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(password));
	}

	private void setHash(MemberPrincipal member, String hash) {
		this.jdbc.update("UPDATE member SET password_hash = ? WHERE id = ?", hash, member.id());
	}

	private String hash(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT password_hash FROM member WHERE id = ?", String.class, member.id());
	}

}
