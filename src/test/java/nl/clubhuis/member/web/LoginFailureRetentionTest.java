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

/** The throttle's counts go a day after the last failure; recent ones stay. */
@IntegrationTest
class LoginFailureRetentionTest {

	@Autowired
	LoginFailureRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failedLoginsOlderThanADayGo() {
		String old = "oud-" + UUID.randomUUID();
		String recent = "recent-" + UUID.randomUUID();
		Instant now = Instant.now();
		insert(old, now.minus(Duration.ofDays(1)).minusSeconds(60));
		insert(recent, now.minus(Duration.ofMinutes(5)));

		assertThat(this.retention.removeExpired(now)).isPositive();

		assertThat(this.jdbc.queryForList("SELECT subject FROM login_throttle WHERE subject IN (?, ?)", String.class,
				old, recent))
			.containsExactly(recent);
	}

	private void insert(String subject, Instant lastFailure) {
		this.jdbc.update("INSERT INTO login_throttle (subject, failures, last_failure) VALUES (?, 3, ?)", subject,
				Timestamp.from(lastFailure));
	}

}
