package nl.clubhuis.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.clubhuis.shared.Mails.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes and sends the mails of {@link Mails} after the commit, on a thread of its own:
 * the person's page never waits for the mail server, and a page answers as fast whether
 * or not a mail goes out (so its speed tells nobody whether an address has an account).
 * One thread, so mails leave in the order they were written.
 */
@Component
class MailDelivery implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailServer mailServer;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final ClubhuisProperties properties;

	private final MailHealth health;

	private final ExecutorService sending = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mail");
		thread.setDaemon(true);
		return thread;
	});

	MailDelivery(MailServer mailServer, MessageSource messages, ITemplateEngine templates,
			ClubhuisProperties properties, MailHealth health) {
		this.health = health;
		this.mailServer = mailServer;
		this.messages = messages;
		this.templates = templates;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sayWhetherMailIsOn() {
		if (this.mailServer.senderOrNull() == null) {
			log.warn("No mail server configured (spring.mail.host): the portal sends no mail. "
					+ "Members still see every notice on the site.");
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void afterCommit(OutgoingMail mail) {
		JavaMailSender sender = this.mailServer.senderOrNull();
		if (sender == null) {
			return;
		}
		try {
			Written written = write(mail);
			this.sending.execute(() -> deliver(sender, mail, written));
		}
		catch (RuntimeException ex) {
			log.error("Could not write mail {}: {}", mail.key(), MailHealth.withoutAddresses(ex, mail.to()));
			record(() -> this.health.recordFailure(ex, mail.to()));
		}
	}

	Written write(OutgoingMail mail) {
		Object[] arguments = mail.arguments().toArray();
		String subject = this.messages.getMessage("mail." + mail.key() + ".subject", arguments, mail.locale());
		List<String> paragraphs = Arrays
			.stream(this.messages.getMessage("mail." + mail.key() + ".body", arguments, mail.locale()).split("\n\n"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.toList();
		String url = (mail.link() != null) ? this.properties.baseUrl() + mail.link() : null;
		String action = (url != null)
				? this.messages.getMessage("mail." + mail.key() + ".action", arguments, mail.locale()) : null;
		String secondUrl = (mail.extras().secondLink() != null) ? this.properties.baseUrl() + mail.extras().secondLink()
				: null;
		String secondAction = (secondUrl != null)
				? this.messages.getMessage("mail." + mail.key() + ".secondAction", arguments, mail.locale()) : null;
		StringBuilder text = new StringBuilder(String.join("\n\n", paragraphs));
		if (url != null) {
			text.append("\n\n").append(action).append(":\n").append(url);
		}
		if (secondUrl != null) {
			text.append("\n\n").append(secondAction).append(":\n").append(secondUrl);
		}
		text.append("\n\n-- \n").append(this.messages.getMessage("mail.signature", null, mail.locale()));
		text.append("\n").append(this.properties.baseUrl()).append("\n");
		String html = this.templates.process("mail/message", new Context(mail.locale(),
				Map.of("subject", subject, "paragraphs", paragraphs, "action", (action != null) ? action : "", "url",
						(url != null) ? url : "", "secondAction", (secondAction != null) ? secondAction : "",
						"secondUrl", (secondUrl != null) ? secondUrl : "", "baseUrl", this.properties.baseUrl())));
		return new Written(subject, text.toString(), html);
	}

	private void deliver(JavaMailSender sender, OutgoingMail mail, Written written) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.properties.mail().from());
			helper.setTo(mail.to());
			if (mail.extras().replyTo() != null) {
				helper.setReplyTo(mail.extras().replyTo());
			}
			if (mail.extras().unsubscribeLink() != null) {
				message.setHeader("List-Unsubscribe",
						"<" + this.properties.baseUrl() + mail.extras().unsubscribeLink() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			helper.setSubject(written.subject());
			helper.setText(written.text(), written.html());
			sender.send(message);
			log.debug("Sent mail {}", mail.key());
		}
		catch (MessagingException | RuntimeException ex) {
			// What the person did stands; the site itself shows them what changed.
			log.warn("Could not send mail {}: {}", mail.key(), MailHealth.withoutAddresses(ex, mail.to()));
			record(() -> this.health.recordFailure(ex, mail.to()));
			return;
		}
		record(this.health::recordSent);
	}

	/**
	 * The beheerders' mail page must never be why a mail is lost, nor stop the thread.
	 */
	private static void record(Runnable outcome) {
		try {
			outcome.run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not record how the mail went: {}", ex.getMessage());
		}
	}

	/** Waits until every mail written so far has left or failed (for tests). */
	void awaitSent() throws Exception {
		this.sending.submit(() -> {
		}).get(60, TimeUnit.SECONDS);
	}

	/** Lets mails already written leave before the portal stops. */
	@Override
	public void destroy() throws InterruptedException {
		this.sending.shutdown();
		this.sending.awaitTermination(20, TimeUnit.SECONDS);
	}

	record Written(String subject, String text, String html) {
	}

}
