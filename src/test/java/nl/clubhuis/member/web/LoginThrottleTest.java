package nl.clubhuis.member.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Guessing is slowed down per address and per account-and-address pair, and nobody is
 * locked out by a stranger.
 */
@IntegrationTest
class LoginThrottleTest {

	static final String WRONG = "/login?fout";

	static final String THROTTLED = "/login?geblokkeerd";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Test
	void aThousandWrongPasswordsFromOneAddressDoNotStopTheCoachFromAnother() throws Exception {
		MemberPrincipal coach = this.people.coach("Coach Belaagd");
		String attacker = randomAddress();
		for (int attempt = 0; attempt < 1_000; attempt++) {
			assertThat(logIn(coach.getUsername(), "geraden-" + attempt, attacker)).isIn(WRONG, THROTTLED);
		}

		assertThat(logIn(coach.getUsername(), TestPeople.PASSWORD, attacker)).isEqualTo(THROTTLED);
		assertThat(logIn(coach.getUsername(), TestPeople.PASSWORD, randomAddress())).isEqualTo("/");
	}

	@Test
	void sprayingOneGuessAtAHundredAccountsFromOneAddressIsSlowedDownToo() throws Exception {
		MemberPrincipal victim = this.people.member("Gesprayd");
		String attacker = randomAddress();
		List<String> answers = new ArrayList<>();
		answers.add(logIn(victim.getUsername(), "Welkom2026!", attacker));
		for (int account = 1; account < 100; account++) {
			answers.add(
					logIn("gespraydlid" + account + "-" + System.nanoTime() + "@example.org", "Welkom2026!", attacker));
		}

		long checked = answers.stream().filter(WRONG::equals).count();
		assertThat(checked).as("guesses that were really checked")
			.isGreaterThanOrEqualTo(LoginDelay.PER_ADDRESS.freeFailures())
			.isLessThan(35);
		assertThat(answers).containsOnly(WRONG, THROTTLED);
		assertThat(logIn(victim.getUsername(), TestPeople.PASSWORD, attacker)).isEqualTo(THROTTLED);
		assertThat(logIn(victim.getUsername(), TestPeople.PASSWORD, randomAddress())).isEqualTo("/");
	}

	@Test
	void anAccountThatExistsAndOneThatDoesNotGetTheSameAnswers() throws Exception {
		MemberPrincipal member = this.people.member("Bestaat Wel");
		String unknown = "bestaat.niet." + System.nanoTime() + "@test.example.org";
		List<String> forMember = new ArrayList<>();
		List<String> forUnknown = new ArrayList<>();
		String first = randomAddress();
		String second = randomAddress();
		for (int attempt = 0; attempt < LoginDelay.PER_ACCOUNT_AND_ADDRESS.freeFailures() + 2; attempt++) {
			forMember.add(logIn(member.getUsername(), "fout-" + attempt, first));
			forUnknown.add(logIn(unknown, "fout-" + attempt, second));
		}

		assertThat(forMember).isEqualTo(forUnknown).endsWith(THROTTLED).startsWith(WRONG, WRONG, WRONG);
	}

	@Test
	void aSuccessfulLoginClearsEarlierMistakes() throws Exception {
		MemberPrincipal member = this.people.member("Vergeetachtig");
		String office = randomAddress();
		for (int attempt = 0; attempt < LoginDelay.PER_ACCOUNT_AND_ADDRESS.freeFailures() - 1; attempt++) {
			assertThat(logIn(member.getUsername(), "fout", office)).isEqualTo(WRONG);
		}
		assertThat(logIn(member.getUsername(), TestPeople.PASSWORD, office)).isEqualTo("/");

		for (int attempt = 0; attempt < LoginDelay.PER_ACCOUNT_AND_ADDRESS.freeFailures() - 1; attempt++) {
			assertThat(logIn(member.getUsername(), "nog eens fout", office)).isEqualTo(WRONG);
		}
		assertThat(logIn(member.getUsername(), TestPeople.PASSWORD, office)).isEqualTo("/");
	}

	private String logIn(String email, String password, String clientAddress) throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf()).param("email", email).param("password", password).with((request) -> {
				request.setRemoteAddr(clientAddress);
				return request;
			}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
