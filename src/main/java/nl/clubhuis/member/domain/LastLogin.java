package nl.clubhuis.member.domain;

import nl.clubhuis.member.MemberPrincipal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Notes when a member last logged in, for the beheer page. */
@Component
class LastLogin {

	private final MemberRepository members;

	private final Clock clock;

	LastLogin(MemberRepository members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member) {
			this.members.markLoggedIn(member.id(), this.clock.instant());
		}
	}

}
