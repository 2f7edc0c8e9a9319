package nl.clubhuis;

import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Test members get cheap Argon2 hashes and still log in; the production encoder is not
 * touched.
 */
@IntegrationTest
class CheapPasswordHashingTest {

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void membersMadeInTestsAreHashedCheaplyAndLogIn() throws Exception {
		MemberPrincipal member = this.people.member("Snel Gehasht");

		String hash = this.jdbc.queryForObject("SELECT password_hash FROM member WHERE id = ?", String.class,
				member.id());
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=" + CheapPasswordHashing.MEMORY_KIB + ",t=1,p=1$");
		this.mvc
			.perform(
					formLogin("/login").userParameter("email").user(member.getUsername()).password(TestPeople.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").userParameter("email").user(member.getUsername()).password("fout"))
			.andExpect(redirectedUrl("/login?fout"));
	}

	@Test
	void theProductionEncoderKeepsItsStrengthAndAcceptsTheCheapHashes() {
		PasswordEncoder production = this.context.getBean("passwordEncoder", PasswordEncoder.class);
		assertThat(production).isNotSameAs(this.context.getBean(PasswordEncoder.class));
		assertThat(production.encode("een-lang-wachtwoord")).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
		assertThat(production.matches("een-lang-wachtwoord",
				CheapPasswordHashing.passwordEncoder().encode("een-lang-wachtwoord")))
			.isTrue();
	}

}
