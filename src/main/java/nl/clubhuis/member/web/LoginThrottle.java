package nl.clubhuis.member.web;

import nl.clubhuis.member.domain.Member;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one
 * address within {@link #WINDOW}, that address cannot log in until the window has passed.
 * Kept in the database so every instance sees the same count. It holds for addresses with
 * and without an account alike, so it reveals nothing about which addresses exist.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isBlocked(String email) {
		Integer failures = this.jdbc.queryForObject(
				"SELECT count(*) FROM login_failure WHERE email = ? AND failed_at > ?", Integer.class,
				Member.normaliseEmail(email), Timestamp.from(windowStart()));
		return failures != null && failures >= MAX_FAILURES;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		this.jdbc.update("DELETE FROM login_failure WHERE failed_at < ?",
				Timestamp.from(now.minus(Duration.ofDays(1))));
		this.jdbc.update("INSERT INTO login_failure (email, failed_at) VALUES (?, ?)",
				Member.normaliseEmail(String.valueOf(event.getAuthentication().getName())), Timestamp.from(now));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.update("DELETE FROM login_failure WHERE email = ?",
				Member.normaliseEmail(event.getAuthentication().getName()));
	}

	private Instant windowStart() {
		return this.clock.instant().minus(WINDOW);
	}

}
