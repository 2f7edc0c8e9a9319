package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Guessing passwords is slowed down, per address, and the right password still works for
 * others.
 */
@IntegrationTest
class LoginThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Test
	void afterTenWrongPasswordsEvenTheRightOneIsTurnedAwayForAWhile() throws Exception {
		MemberPrincipal target = this.people.member("Doel Wit");
		MemberPrincipal bystander = this.people.member("Omstander");
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			logIn(target.getUsername(), "geraden-" + attempt).andExpect(redirectedUrl("/login?fout"));
		}

		logIn(target.getUsername(), TestPeople.PASSWORD).andExpect(redirectedUrl("/login?geblokkeerd"));
		logIn(bystander.getUsername(), TestPeople.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void addressesWithoutAnAccountAreThrottledTheSameWay() throws Exception {
		String unknown = "niemand-" + System.nanoTime() + "@example.org";
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
			logIn(unknown, "geraden").andExpect(redirectedUrl("/login?fout"));
		}

		logIn(unknown, "geraden").andExpect(redirectedUrl("/login?geblokkeerd"));
	}

	@Test
	void aSuccessfulLoginClearsEarlierMistakes() throws Exception {
		MemberPrincipal member = this.people.member("Vergeetachtig");
		for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES - 1; attempt++) {
			logIn(member.getUsername(), "fout").andExpect(redirectedUrl("/login?fout"));
		}
		logIn(member.getUsername(), TestPeople.PASSWORD).andExpect(redirectedUrl("/"));

		logIn(member.getUsername(), "nog eens fout").andExpect(redirectedUrl("/login?fout"));
		logIn(member.getUsername(), TestPeople.PASSWORD).andExpect(redirectedUrl("/"));
	}

	private org.springframework.test.web.servlet.ResultActions logIn(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(password));
	}

}
