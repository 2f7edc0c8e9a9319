package nl.clubhuis.agenda;

import nl.clubhuis.member.MemberPrincipal;

/**
 * Registering and cancelling: a place while there is room, otherwise the waiting list; a
 * freed place goes to the first in line. Refusals are rule violations named
 * {@code attendance.rule.*}.
 */
public interface RegistrationService {

	Outcome register(String slug, String note, MemberPrincipal member);

	/** Gives up a place (or a place in the queue). */
	void cancel(String slug, MemberPrincipal member);

	/** What registering gave: a place, or a place in the queue (1 = next in line). */
	record Outcome(RegistrationStatus status, long position) {
	}

}
