package nl.clubhuis.agenda;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.clubhuis.member.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails a member who moved up from a waiting list, once the move is committed, when the
 * portal has a mail server ({@code spring.mail.host}). Without one the notice on the site
 * is enough.
 */
@Component
class PromotionMail {

	private static final Logger log = LoggerFactory.getLogger(PromotionMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ObjectProvider<JavaMailSender> mailSender;

	private final RegistrationRepository registrations;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	PromotionMail(ObjectProvider<JavaMailSender> mailSender, RegistrationRepository registrations,
			MessageSource messages, Clock clock, @Value("${clubhuis.mail.from:clubhuis@example.org}") String from,
			@Value("${clubhuis.base-url:http://localhost:8080}") String baseUrl) {
		this.mailSender = mailSender;
		this.registrations = registrations;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void placeOffered(PlaceOffered offered) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		Registration registration = this.registrations.findWithMemberAndEvent(offered.registrationId()).orElseThrow();
		Event event = registration.getEvent();
		Member member = registration.getMember();
		String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH)
			.format(event.getStartsAt().atZone(this.clock.getZone()));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(member.getEmail());
		mail.setSubject(this.messages.getMessage("attendance.mail.subject", new Object[] { event.getTitle() }, DUTCH));
		mail.setText(this.messages.getMessage("attendance.mail.text",
				new Object[] { member.getName(), event.getTitle(), when, this.baseUrl + event.getPath() }, DUTCH));
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			// The notice on the site still tells them; a mail server hiccup must not undo
			// the move.
			log.warn("Could not mail {} about a place at {}: {}", member.getId(), event.getSlug(), ex.getMessage());
		}
	}

}
