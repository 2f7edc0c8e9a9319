package nl.clubhuis.notifications.domain;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a token signed with the key, unaltered, says who turns off what. */
class UnsubscribeTokenTest {

	final UnsubscribeToken tokens = new UnsubscribeToken("een sleutel".getBytes(StandardCharsets.UTF_8));

	@Test
	void aSignedTokenSaysWhoTurnsOffWhat() {
		assertThat(this.tokens.verify(this.tokens.sign(42, "NEW_POST")))
			.contains(new UnsubscribeToken.Unsubscribe(42, "NEW_POST"));
		assertThat(this.tokens.verify(this.tokens.sign(7, "digest")).orElseThrow().digest()).isTrue();
	}

	@Test
	void anAlteredOrForgedTokenSaysNothing() {
		String token = this.tokens.sign(42, "NEW_POST");
		String signature = token.substring(token.lastIndexOf('.') + 1);
		assertThat(this.tokens.verify("43.NEW_POST." + signature)).isEmpty();
		assertThat(this.tokens.verify("42.digest." + signature)).isEmpty();
		assertThat(this.tokens.verify(token.substring(0, token.length() - 1) + "A")).isEmpty();
		assertThat(new UnsubscribeToken("een andere".getBytes(StandardCharsets.UTF_8)).verify(token)).isEmpty();
		assertThat(this.tokens.verify("42.NEW_POST")).isEmpty();
		assertThat(this.tokens.verify("")).isEmpty();
		assertThat(this.tokens.verify(null)).isEmpty();
		assertThat(this.tokens.verify(token + "x")).isEmpty();
	}

}
