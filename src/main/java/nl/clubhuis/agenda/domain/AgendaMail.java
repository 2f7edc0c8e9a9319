package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.clubhuis.agenda.EventCalledOff;
import nl.clubhuis.agenda.PlaceOffered;
import nl.clubhuis.agenda.domain.MemberContacts.Contact;
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

	private final MemberContacts contacts;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	AgendaMail(ObjectProvider<JavaMailSender> mailSender, RegistrationRepository registrations, MemberContacts contacts,
			MessageSource messages, Clock clock, ClubhuisProperties properties) {
		this.mailSender = mailSender;
		this.registrations = registrations;
		this.contacts = contacts;
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
		Registration registration = this.registrations.findWithEvent(offered.registrationId()).orElseThrow();
		Event event = registration.getEvent();
		Contact member = this.contacts.byIds(List.of(registration.getMemberId())).get(registration.getMemberId());
		send(sender, member, "attendance.mail.subject", this.messages.getMessage("attendance.mail.text",
				new Object[] { member.name(), event.getTitle(), when(event), this.baseUrl + event.getPath() }, DUTCH),
				event);
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void calledOff(EventCalledOff calledOff) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		List<Registration> registered = this.registrations.findStillRegistered(calledOff.eventId());
		Map<Long, Contact> people = this.contacts.byIds(registered.stream().map(Registration::getMemberId).toList());
		for (Registration registration : registered) {
			Contact member = people.get(registration.getMemberId());
			Event event = registration.getEvent();
			String reason = (event.getCancelReason() != null) ? event.getCancelReason() + "\n\n" : "";
			send(sender, member, "event.mail.calledOff.subject", this.messages.getMessage("event.mail.calledOff.text",
					new Object[] { member.name(), event.getTitle(), when(event), reason, this.baseUrl + "/agenda" },
					DUTCH), event);
		}
	}

	private String when(Event event) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH)
			.format(event.getStartsAt().atZone(this.clock.getZone()));
	}

	private void send(JavaMailSender sender, Contact member, String subjectKey, String text, Event event) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(member.email());
		mail.setSubject(this.messages.getMessage(subjectKey, new Object[] { event.getTitle() }, DUTCH));
		mail.setText(text);
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			// The site still tells them; a mail server hiccup must not undo the change.
			log.warn("Could not mail {} about {}: {}", member.id(), event.getSlug(), ex.getMessage());
		}
	}

}
