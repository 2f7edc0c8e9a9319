package nl.clubhuis.agenda;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.clubhuis.member.Member;
import nl.clubhuis.shared.ClubhuisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails members about the agenda once the change is committed, when the portal has a mail
 * server ({@code spring.mail.host}): who moved up from a waiting list, and everyone
 * registered for an event that is called off. Without a mail server the site itself says
 * so (a notice, and "Afgelast" in Mijn agenda).
 */
@Component
class AgendaMail {

	private static final Logger log = LoggerFactory.getLogger(AgendaMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ObjectProvider<JavaMailSender> mailSender;

	private final RegistrationRepository registrations;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	AgendaMail(ObjectProvider<JavaMailSender> mailSender, RegistrationRepository registrations, MessageSource messages,
			Clock clock, ClubhuisProperties properties) {
		this.mailSender = mailSender;
		this.registrations = registrations;
		this.messages = messages;
		this.clock = clock;
		this.from = properties.mail().from();
		this.baseUrl = properties.baseUrl();
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
		send(sender, member, "attendance.mail.subject", this.messages.getMessage("attendance.mail.text",
				new Object[] { member.getName(), event.getTitle(), when(event), this.baseUrl + event.getPath() },
				DUTCH), event);
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void calledOff(EventCalledOff calledOff) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		for (Registration registration : this.registrations.findCurrentWithMember(calledOff.eventId())) {
			Member member = registration.getMember();
			Event event = registration.getEvent();
			String reason = (event.getCancelReason() != null) ? event.getCancelReason() + "\n\n" : "";
			send(sender, member, "event.mail.calledOff.subject", this.messages.getMessage("event.mail.calledOff.text",
					new Object[] { member.getName(), event.getTitle(), when(event), reason, this.baseUrl + "/agenda" },
					DUTCH), event);
		}
	}

	private String when(Event event) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH)
			.format(event.getStartsAt().atZone(this.clock.getZone()));
	}

	private void send(JavaMailSender sender, Member member, String subjectKey, String text, Event event) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(member.getEmail());
		mail.setSubject(this.messages.getMessage(subjectKey, new Object[] { event.getTitle() }, DUTCH));
		mail.setText(text);
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			// The site still tells them; a mail server hiccup must not undo the change.
			log.warn("Could not mail {} about {}: {}", member.getId(), event.getSlug(), ex.getMessage());
		}
	}

}
