package nl.clubhuis.shared;

import java.util.Locale;
import java.util.UUID;

import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Mail leaves after the commit, in the reader's language, with working links. */
@IntegrationTest
class MailsTest {

	@Autowired
	Mails mails;

	@Autowired
	Inbox inbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ClubhuisProperties properties;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void aMailLeavesOnlyAfterTheCommit() {
		String to = address();
		this.transactions.executeWithoutResult((status) -> {
			this.mails.send(to, Locale.forLanguageTag("nl"), "notification", "/agenda", "Ria", "Café gaat niet door",
					"/instellingen", "Café gaat niet door");
			this.inbox.settle();
			assertThat(this.inbox.to(to)).as("nothing before the commit").isEmpty();
		});

		Inbox.Mail mail = this.inbox.awaitOne(to);
		assertThat(mail.subject()).isEqualTo("Café gaat niet door");
		assertThat(mail.from()).isEqualTo(this.properties.mail().from());
		assertThat(mail.text()).startsWith("Beste Ria,").contains("Café gaat niet door");
		assertThat(mail.links()).contains(this.properties.baseUrl() + "/agenda");
		assertThat(mail.pathOfLink("/agenda")).isEqualTo("/agenda");
		assertThat(mail.html()).contains("Beste Ria,", "href=\"" + this.properties.baseUrl() + "/agenda\"");
	}

	@Test
	void aChangeThatIsRolledBackSendsNothing() {
		String to = address();
		this.transactions.executeWithoutResult((status) -> {
			this.mails.send(to, Locale.forLanguageTag("nl"), "notification", "/agenda", "Ria", "Café gaat niet door",
					"/instellingen", "Café gaat niet door");
			status.setRollbackOnly();
		});

		this.inbox.settle();
		assertThat(this.inbox.to(to)).isEmpty();
	}

	@Test
	void englishReadersGetEnglishAndTypedMarkupStaysText() {
		String to = address();
		this.mails.send(to, Locale.ENGLISH, "notification", "/agenda", "<b>Ria</b>", "Café is called off", "/settings",
				"Café is called off");

		Inbox.Mail mail = this.inbox.awaitOne(to);
		assertThat(mail.subject()).isEqualTo("Café is called off");
		assertThat(mail.text()).startsWith("Dear <b>Ria</b>,");
		assertThat(mail.html()).contains("Dear &lt;b&gt;Ria&lt;/b&gt;,").doesNotContain("<b>Ria");
	}

	@Test
	void aMailServerThatFailsNeverReachesThePersonAndIsShownToTheBeheerders(@Autowired MessageSource messages,
			@Autowired ITemplateEngine templates, @Autowired MailHealth health) throws Exception {
		String to = address();
		JavaMailSenderImpl broken = new JavaMailSenderImpl() {
			@Override
			public void send(jakarta.mail.internet.MimeMessage message) {
				throw new MailSendException("550 5.1.1 <" + to + ">: Recipient address rejected");
			}
		};
		broken.setHost("smtp.example.org");
		MailDelivery delivery = new MailDelivery(MailServerTest.serverWith(broken), messages, templates,
				this.properties, health);
		TestMailQueue.drain(this.context);

		assertThatNoException().isThrownBy(() -> {
			delivery.afterCommit(new Mails.OutgoingMail(to, Locale.ENGLISH, "notification", null,
					java.util.List.of("Ria", "Café is called off", "/settings", "Café is called off")));
			delivery.destroy();
		});

		MailHealth.Status status = health.status();
		assertThat(status.lastFailedAt()).isNotNull();
		assertThat(status.lastError()).isEqualTo("MailSendException: 550 5.1.1 <…>: Recipient address rejected");

		// The next mail that leaves clears the alarm.
		String next = address();
		this.mails.send(next, Locale.ENGLISH, "test", "/beheer/mail");
		this.inbox.awaitOne(next);
		TestMailQueue.drain(this.context);
		assertThat(health.status().failing()).isFalse();
		assertThat(health.status().lastError()).as("kept to read").contains("Recipient address rejected");
	}

	private static String address() {
		return "mail-" + UUID.randomUUID() + "@test.example.org";
	}

}
