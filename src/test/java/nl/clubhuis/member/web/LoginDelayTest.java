package nl.clubhuis.member.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginDelayTest {

	private final LoginDelay rule = new LoginDelay(3, Duration.ofSeconds(2), Duration.ofMinutes(1));

	private final Instant lastFailure = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void theFirstFailuresAreFree() {
		assertThat(this.rule.delay(0)).isZero();
		assertThat(this.rule.delay(2)).isZero();
		assertThat(this.rule.allows(2, this.lastFailure, this.lastFailure)).isTrue();
	}

	@Test
	void thenEveryFailureDoublesTheWaitUpToTheCap() {
		assertThat(this.rule.delay(3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.rule.delay(4)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.rule.delay(7)).isEqualTo(Duration.ofSeconds(32));
		assertThat(this.rule.delay(8)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.rule.delay(1_000)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.rule.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void anAttemptBeforeTheWaitIsOverIsRefusedAndOneAfterItIsNot() {
		assertThat(this.rule.allows(4, this.lastFailure, this.lastFailure.plusSeconds(3))).isFalse();
		assertThat(this.rule.allows(4, this.lastFailure, this.lastFailure.plusSeconds(4))).isTrue();
		assertThat(this.rule.allows(1_000, this.lastFailure, this.lastFailure.plusSeconds(59))).isFalse();
		assertThat(this.rule.allows(1_000, this.lastFailure, this.lastFailure.plusSeconds(60)))
			.as("never locked out: the cap always buys another try")
			.isTrue();
	}

	@Test
	void oneAccountIsGuardedHarderThanOneAddress() {
		assertThat(LoginDelay.PER_ACCOUNT_AND_ADDRESS.delay(1_000)).isEqualTo(Duration.ofMinutes(15));
		assertThat(LoginDelay.PER_ADDRESS.delay(1_000)).isEqualTo(Duration.ofMinutes(1));
		assertThat(LoginDelay.PER_ADDRESS.delay(19)).isZero();
	}

	@Test
	void anIpv6ClientIsKnownByItsNetworkAndTheEmailIsNotKept() {
		assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"))
			.isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:bbbb::2"))
			.isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
		assertThat(LoginThrottle.addressKey("192.0.2.7")).isEqualTo("address:192.0.2.7");
		assertThat(LoginThrottle.pairKey("Coach@Example.org ", "192.0.2.7"))
			.isEqualTo(LoginThrottle.pairKey("coach@example.org", "192.0.2.7"))
			.doesNotContain("coach")
			.hasSizeLessThanOrEqualTo(100);
	}

}
