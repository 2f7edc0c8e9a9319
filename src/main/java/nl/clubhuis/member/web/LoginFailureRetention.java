package nl.clubhuis.member.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import nl.clubhuis.shared.ExpiredRecords;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The login throttle's counts are kept at most a day after the last failure (as the
 * privacy statement says), also when nobody tries to log in for a while.
 */
@Component
class LoginFailureRetention implements ExpiredRecords {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	LoginFailureRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String what() {
		return "failed logins";
	}

	@Override
	public int removeExpired(Instant now) {
		return this.jdbc.update("DELETE FROM login_throttle WHERE last_failure < ?",
				Timestamp.from(now.minus(KEPT_FOR)));
	}

}
