package nl.clubhuis.contact.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The daily limit: a sliding 24 hours, and the limit itself is the last one allowed. */
class DailyLimitTest {

	@Test
	void theLimitIsTheLastMessageThatGoes() {
		DailyLimit limit = new DailyLimit(10);

		assertThat(limit.allowsAnother(0)).isTrue();
		assertThat(limit.allowsAnother(9)).isTrue();
		assertThat(limit.allowsAnother(10)).isFalse();
		assertThat(new DailyLimit(0).allowsAnother(0)).as("a limit of 0 switches sending off").isFalse();
	}

	@Test
	void messagesCountForTwentyFourHours() {
		Instant now = Instant.parse("2026-11-30T00:01:00Z");

		assertThat(new DailyLimit(10).countsSince(now)).isEqualTo(now.minus(Duration.ofHours(24)));
	}

	@Test
	void aNegativeLimitIsAMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DailyLimit(-1));
	}

	@Test
	void theSubjectIsOneLine() {
		Letter letter = new Letter("  Een vraag\r\nBcc: iemand@example.org ", "  Tekst\n\nmet alinea's  ", false, "t");

		assertThat(letter.subject()).isEqualTo("Een vraag Bcc: iemand@example.org");
		assertThat(letter.text()).isEqualTo("Tekst\n\nmet alinea's");
	}

}
