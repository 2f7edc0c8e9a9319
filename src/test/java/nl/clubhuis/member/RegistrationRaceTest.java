package nl.clubhuis.member;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The same new address registered twice at the same moment (a double click, two tabs):
 * one account, and both requests get the "kijk in je mail" page, never a 500 from the
 * unique index.
 */
@IntegrationTest
class RegistrationRaceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registeringTheSameAddressTwiceAtOnceMakesOneAccountAndAnswersBothAlike() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String email = "tegelijk-" + UUID.randomUUID() + "@test.example.org";
				CountDownLatch start = new CountDownLatch(1);
				List<Future<String>> answers = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					answers.add(pool.submit(() -> {
						start.await();
						return this.mvc
							.perform(post("/registreren").with(csrf())
								.param("name", "Dubbel Klik")
								.param("email", email)
								.param("organisation", "Gemeente Testdorp")
								.param("password", "een lang genoeg wachtwoord"))
							.andReturn()
							.getResponse()
							.getRedirectedUrl();
					}));
				}
				start.countDown();
				for (Future<String> answer : answers) {
					assertThat(answer.get()).isEqualTo("/registreren/verstuurd");
				}
				assertThat(
						this.jdbc.queryForObject("SELECT count(*) FROM member WHERE email = ?", Integer.class, email))
					.isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
