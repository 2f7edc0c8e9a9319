package nl.clubhuis.member.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired links are cleaned up, used or not; a link that still works stays. */
@IntegrationTest
class ExpiredTokensTest {

	@Autowired
	ExpiredTokens expiredTokens;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void expiredLinksGoAndLiveOnesStay() {
		long memberId = this.people.member("Tokenhouder").id();
		Instant now = Instant.now();
		String expired = insert(memberId, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		String live = insert(memberId, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)));

		assertThat(this.expiredTokens.removeExpired(now)).isPositive();

		assertThat(this.jdbc.queryForList("SELECT token_hash FROM account_token WHERE member_id = ?", String.class,
				memberId))
			.isEqualTo(List.of(live))
			.doesNotContain(expired);
	}

	private String insert(long memberId, Instant createdAt, Instant expiresAt) {
		String hash = AccountTokens.hash(UUID.randomUUID().toString());
		this.jdbc.update("""
				INSERT INTO account_token (member_id, purpose, token_hash, created_at, expires_at)
				VALUES (?, 'RESET_PASSWORD', ?, ?, ?)""", memberId, hash, Timestamp.from(createdAt),
				Timestamp.from(expiresAt));
		return hash;
	}

}
