package nl.clubhuis.member.domain;

import java.sql.Timestamp;
import java.time.Instant;

import nl.clubhuis.shared.ExpiredRecords;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links to verify an address, choose a password or confirm a new address are removed once
 * they have expired, used or not (as the privacy statement says).
 */
@Component
class ExpiredTokens implements ExpiredRecords {

	private final JdbcTemplate jdbc;

	ExpiredTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String what() {
		return "expired account links";
	}

	@Override
	public int removeExpired(Instant now) {
		return this.jdbc.update("DELETE FROM account_token WHERE expires_at < ?", Timestamp.from(now));
	}

}
