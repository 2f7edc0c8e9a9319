package nl.clubhuis.member.domain;

import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.shared.ClubhuisProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first beheerder of a new installation: {@code CLUBHUIS_BEHEERDER=address} makes the
 * account with that address beheerder at every start (once it exists; nothing happens
 * when it already is one).
 */
@Component
class FirstBeheerder {

	private final ClubhuisProperties properties;

	private final MemberAdministration administration;

	FirstBeheerder(ClubhuisProperties properties, MemberAdministration administration) {
		this.properties = properties;
		this.administration = administration;
	}

	@EventListener(ApplicationReadyEvent.class)
	void appoint() {
		String email = this.properties.beheerder();
		if (email != null && !email.isBlank()) {
			this.administration.appointFirstBeheerder(email);
		}
	}

}
