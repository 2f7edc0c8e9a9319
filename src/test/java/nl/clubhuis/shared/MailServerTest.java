package nl.clubhuis.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether mail goes out is decided by the sender's host (spring.mail.host): the
 * AOT-processed jar has a sender whether or not a host is set.
 */
class MailServerTest {

	@Test
	void aSenderWithoutAHostSendsNothing() {
		assertThat(serverWith(senderTo(null)).senderOrNull()).isNull();
		assertThat(serverWith(senderTo("  ")).senderOrNull()).isNull();
	}

	@Test
	void aSenderWithAHostIsUsed() {
		JavaMailSender sender = senderTo("smtp.example.org");
		assertThat(serverWith(sender).senderOrNull()).isSameAs(sender);
	}

	@Test
	void withoutASenderNothingIsSent() {
		MailServer server = new MailServer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
		assertThat(server.senderOrNull()).isNull();
	}

	static MailServer serverWith(JavaMailSender sender) {
		return new MailServer(
				new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class));
	}

	private static JavaMailSender senderTo(String host) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(host);
		return sender;
	}

}
