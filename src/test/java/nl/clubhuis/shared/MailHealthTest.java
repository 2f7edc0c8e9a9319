package nl.clubhuis.shared;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the beheerders' mail page keeps of a failure: the server's words, no address. */
class MailHealthTest {

	@Test
	void everyAddressIsTakenOutOfWhatTheServerSaid() {
		String said = MailHealth.withoutAddresses(new MailSendException(
				"Failed messages: 550 5.1.1 <jan.jansen@gemeente.nl>: Recipient address rejected; from anne@x.example"),
				null);

		assertThat(said)
			.isEqualTo("MailSendException: Failed messages: 550 5.1.1 <…>: Recipient address rejected; from …");
	}

	@Test
	void addressesWithAnApostropheQuotesOrAnIpAddressGoToo() {
		String said = MailHealth.withoutAddresses(
				new MailSendException("550 <jan.o'brien@x.nl>, \"jan jansen\"@x.nl and jan@[192.0.2.1] rejected"),
				null);

		assertThat(said).isEqualTo("MailSendException: 550 <…>, … and … rejected");
	}

	@Test
	void theRecipientGoesWhateverShapeTheServerGivesIt() {
		String said = MailHealth.withoutAddresses(new MailSendException("Mailbox JAN@GEMEENTE.NL is full"),
				"jan@gemeente.nl");

		assertThat(said).isEqualTo("MailSendException: Mailbox … is full");
	}

	@Test
	void theCauseSaysWhatWentWrongUnderneath() {
		MessagingException connect = new MessagingException("Couldn't connect to host, port: smtp.example.org, 587",
				new java.net.ConnectException("Connection refused"));

		assertThat(MailHealth.withoutAddresses(new MailSendException("Mail server connection failed", connect), null))
			.isEqualTo("MailSendException: Mail server connection failed: Couldn't connect to host, port:"
					+ " smtp.example.org, 587: Connection refused");
	}

	@Test
	void aLongStoryIsCutToWhatTheColumnHolds() {
		String said = MailHealth.withoutAddresses(new IllegalStateException("x".repeat(1000)), null);

		assertThat(said).hasSize(MailHealth.MAX_ERROR).endsWith("…");
	}

	@Test
	void aFailureWithoutWordsIsNamedByItsKind() {
		assertThat(MailHealth.withoutAddresses(new IllegalStateException(), null)).isEqualTo("IllegalStateException");
	}

}
