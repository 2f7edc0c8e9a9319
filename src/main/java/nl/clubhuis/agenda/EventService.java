package nl.clubhuis.agenda;

import nl.clubhuis.member.MemberPrincipal;

/**
 * Announcing, changing and calling off events. The redactie runs the network's meetings;
 * a Doetank's trekker runs the team's own.
 */
public interface EventService {

	/**
	 * Announces an event: one of the network's (by the redactie), or the own meeting of
	 * the Doetank {@code hostSlug} (by its trekker).
	 */
	default EventRef announce(EventDetails details, String hostSlug, MemberPrincipal organiser) {
		return announce(details, hostSlug, null, organiser);
	}

	/**
	 * Announces an event once per {@code formToken} (the form's own random token, null
	 * for none): sent again, it gives the event announced the first time.
	 */
	EventRef announce(EventDetails details, String hostSlug, String formToken, MemberPrincipal organiser);

	/**
	 * Changes the event as it was at {@code version}, and links its report on the Café
	 * blog (null: none). More places move people up from the waiting list; fewer places
	 * than people coming move the last to register to the front of the waiting list
	 * (organisers see who first: {@code EventPages.capacityCut}).
	 */
	EventRef change(String slug, long version, EventDetails details, Long reportPostId, MemberPrincipal organiser);

	/**
	 * Calls an event off; it stays in the agenda, and in calendars, marked as such.
	 * Everyone who registered is told.
	 */
	void callOff(String slug, String reason, MemberPrincipal organiser);

	/**
	 * An event called off by mistake goes ahead after all, while it has not started.
	 * Whoever is still registered is told; a second click changes nothing.
	 */
	void resume(String slug, MemberPrincipal organiser);

	/**
	 * Deletes an event made by mistake, while nobody is registered or waiting (otherwise
	 * it is called off, so they are told). Returns the path of the agenda it stood in:
	 * the Doetank's page for a team's own meeting, else {@code /agenda}.
	 */
	String delete(String slug, MemberPrincipal organiser);

}
