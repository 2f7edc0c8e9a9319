package nl.clubhuis.member.domain;

import java.time.Duration;
import java.time.Instant;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts whose address was never confirmed go after thirty days; confirmed ones, young
 * ones and one that something still points at stay.
 */
@IntegrationTest
class NeverVerifiedAccountsTest {

	@Autowired
	NeverVerifiedAccounts accounts;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestDoetanks doetanks;

	@Test
	void anAccountNeverConfirmedGoesAfterThirtyDays() {
		Instant now = Instant.now();
		MemberPrincipal old = neverVerified("Oud Onbevestigd", now.minus(Duration.ofDays(31)));
		MemberPrincipal young = neverVerified("Jong Onbevestigd", now.minus(Duration.ofDays(29)));
		MemberPrincipal confirmed = this.people.member("Al Bevestigd");
		this.jdbc.update("UPDATE member SET created_at = ? WHERE id = ?",
				java.sql.Timestamp.from(now.minus(Duration.ofDays(90))), confirmed.id());
		MemberPrincipal pointedAt = this.people.member("Wel Gewezen");
		this.doetanks.proposal(pointedAt);
		unverify(pointedAt, now.minus(Duration.ofDays(40)));
		this.jdbc.update("INSERT INTO account_token (member_id, purpose, token_hash, expires_at, created_at)"
				+ " VALUES (?, 'VERIFY_EMAIL', 'x', now(), now())", old.id());

		int removed = this.accounts.removeExpired(now);

		assertThat(removed).isGreaterThanOrEqualTo(1);
		assertThat(exists(old)).isFalse();
		assertThat(exists(young)).isTrue();
		assertThat(exists(confirmed)).isTrue();
		assertThat(exists(pointedAt)).as("an account a Doetank points at (its vraagstuk) stays").isTrue();
	}

	private MemberPrincipal neverVerified(String name, Instant createdAt) {
		MemberPrincipal member = this.people.member(name);
		unverify(member, createdAt);
		return member;
	}

	private void unverify(MemberPrincipal member, Instant createdAt) {
		this.jdbc.update("UPDATE member SET email_verified_at = NULL, created_at = ? WHERE id = ?",
				java.sql.Timestamp.from(createdAt), member.id());
	}

	private boolean exists(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT count(*) FROM member WHERE id = ?", Integer.class, member.id()) == 1;
	}

}
