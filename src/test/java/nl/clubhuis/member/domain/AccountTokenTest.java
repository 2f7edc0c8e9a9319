package nl.clubhuis.member.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AccountTokenTest {

	static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void aResetLinkWorksForAnHourOnly() {
		AccountToken token = new AccountToken(1L, TokenPurpose.RESET_PASSWORD, "hash", null, ISSUED);

		assertThat(token.isUsable(ISSUED.plus(Duration.ofMinutes(59)))).isTrue();
		assertThat(token.isUsable(ISSUED.plus(Duration.ofHours(1)))).isFalse();
	}

	@Test
	void aLinkWorksOnce() {
		AccountToken token = new AccountToken(1L, TokenPurpose.VERIFY_EMAIL, "hash", null, ISSUED);
		token.use(ISSUED.plusSeconds(5));

		assertThat(token.isUsable(ISSUED.plusSeconds(6))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> token.use(ISSUED.plusSeconds(7)));
	}

	@Test
	void theStoredHashIsSha256OfTheToken() {
		assertThat(AccountTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
