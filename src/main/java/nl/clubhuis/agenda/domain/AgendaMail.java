package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.clubhuis.agenda.EventCalledOff;
import nl.clubhuis.agenda.PlaceOffered;
import nl.clubhuis.agenda.domain.MemberContacts.Contact;
import nl.clubhuis.shared.Mails;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails members about the agenda: who moved up from a waiting list, and everyone
 * registered for an event that is called off. The mails leave once the change is
 * committed ({@link Mails}); without a mail server the site itself says so (a notice, and
 * "Afgelast" in Mijn agenda).
 */
@Component
class AgendaMail {

	private final Mails mails;

	private final RegistrationRepository registrations;

	private final MemberContacts contacts;

	private final Clock clock;

	AgendaMail(Mails mails, RegistrationRepository registrations, MemberContacts contacts, Clock clock) {
		this.mails = mails;
		this.registrations = registrations;
		this.contacts = contacts;
		this.clock = clock;
	}

	@EventListener
	void placeOffered(PlaceOffered offered) {
		Registration registration = this.registrations.findWithEvent(offered.registrationId()).orElseThrow();
		Event event = registration.getEvent();
		Contact member = this.contacts.byIds(List.of(registration.getMemberId())).get(registration.getMemberId());
		this.mails.send(member.email(), member.locale(), "placeOffered", event.getPath(), member.name(),
				event.getTitle(), when(event, member.locale()));
	}

	@EventListener
	void calledOff(EventCalledOff calledOff) {
		List<Registration> registered = this.registrations.findStillRegistered(calledOff.eventId());
		Map<Long, Contact> people = this.contacts.byIds(registered.stream().map(Registration::getMemberId).toList());
		for (Registration registration : registered) {
			Contact member = people.get(registration.getMemberId());
			Event event = registration.getEvent();
			String reason = (event.getCancelReason() != null) ? event.getCancelReason() : "";
			this.mails.send(member.email(), member.locale(), "calledOff", "/agenda", member.name(), event.getTitle(),
					when(event, member.locale()), reason);
		}
	}

	/** The start of the event, written out in the member's language. */
	private String when(Event event, Locale locale) {
		String pattern = "en".equals(locale.getLanguage()) ? "EEEE d MMMM yyyy 'at' HH:mm"
				: "EEEE d MMMM yyyy 'om' HH:mm";
		return DateTimeFormatter.ofPattern(pattern, locale).format(event.getStartsAt().atZone(this.clock.getZone()));
	}

}
