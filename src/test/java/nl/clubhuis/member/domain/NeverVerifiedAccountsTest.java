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
 * ones and ones someone still counts on (a role, a block, a link just sent, a vraagstuk)
 * stay.
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
		this.jdbc.update(
				"INSERT INTO account_token (member_id, purpose, token_hash, expires_at, created_at)"
						+ " VALUES (?, 'VERIFY_EMAIL', 'x', now() - interval '20 days', now() - interval '22 days')",
				old.id());
		MemberPrincipal coach = neverVerified("Onbevestigde Coach", now.minus(Duration.ofDays(60)));
		this.jdbc.update("UPDATE member SET roles = ARRAY['LID', 'COACH'] WHERE id = ?", coach.id());
		MemberPrincipal blocked = neverVerified("Geblokkeerde Spammer", now.minus(Duration.ofDays(60)));
		this.jdbc.update("UPDATE member SET blocked_at = now() WHERE id = ?", blocked.id());
		MemberPrincipal helped = neverVerified("Net Geholpen", now.minus(Duration.ofDays(35)));
		this.jdbc.update(
				"INSERT INTO account_token (member_id, purpose, token_hash, new_email, expires_at, created_at)"
						+ " VALUES (?, 'CHANGE_EMAIL', 'y', 'juist@example.org', now() + interval '1 day', now())",
				helped.id());

		this.accounts.removeExpired(now);

		assertThat(exists(old)).isFalse();
		assertThat(exists(coach)).as("an account with a role").isTrue();
		assertThat(exists(blocked)).as("a blocked account, so the block holds").isTrue();
		assertThat(exists(helped)).as("an account with a link still working").isTrue();
		assertThat(exists(young)).isTrue();
		assertThat(exists(confirmed)).isTrue();
		assertThat(exists(pointedAt)).as("an account whose vraagstuk is waiting for intake stays").isTrue();
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
