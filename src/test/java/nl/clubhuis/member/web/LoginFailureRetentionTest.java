package nl.clubhuis.member.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed logins older than a day are removed; the throttle's recent ones stay. */
@IntegrationTest
class LoginFailureRetentionTest {

	@Autowired
	LoginFailureRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failedLoginsOlderThanADayGo() {
		String email = "oud-" + UUID.randomUUID() + "@test.example.org";
		Instant now = Instant.now();
		insert(email, now.minus(Duration.ofDays(1)).minusSeconds(60));
		insert(email, now.minus(Duration.ofMinutes(5)));

		assertThat(this.retention.removeExpired(now)).isPositive();

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE email = ?", Integer.class, email))
			.isEqualTo(1);
	}

	private void insert(String email, Instant failedAt) {
		this.jdbc.update("INSERT INTO login_failure (email, failed_at) VALUES (?, ?)", email, Timestamp.from(failedAt));
	}

}
