package nl.clubhuis;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command logs every mail once: also when GreenMail lists a new mail
 * before older ones (it lists mailbox by mailbox) or holds a copy per recipient.
 */
class LocalMailLogTest {

	private final Session session = Session.getInstance(new Properties());

	@Test
	void eachMailIsLoggedOnceWhateverTheOrderGreenMailListsThemIn() throws Exception {
		MimeMessage toAnna = mail("<1@clubhuis>");
		MimeMessage toBram = mail("<2@clubhuis>");
		MimeMessage toAnnaAgain = mail("<3@clubhuis>");
		MimeMessage toBramCopy = mail("<2@clubhuis>");
		TestClubhuisApplication.NewMail newMail = new TestClubhuisApplication.NewMail();

		assertThat(newMail.among(new MimeMessage[] { toAnna, toBram, toBramCopy })).containsExactly(toAnna, toBram);
		assertThat(newMail.among(new MimeMessage[] { toAnna, toAnnaAgain, toBram, toBramCopy }))
			.as("a new mail listed between older ones")
			.containsExactly(toAnnaAgain);
		assertThat(newMail.among(new MimeMessage[] { toAnna, toAnnaAgain, toBram })).isEmpty();
	}

	private MimeMessage mail(String messageId) throws Exception {
		MimeMessage message = new MimeMessage(this.session);
		message.setHeader("Message-ID", messageId);
		return message;
	}

}
