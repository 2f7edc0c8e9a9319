/**
 * The Café agenda: events with a registration window, registrations with a waiting list
 * that moves up under a row lock, door lists, iCalendar, and the team meetings of a
 * Doetank.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "doetank", "member", "opendata", "publishing", "shared" })
package nl.clubhuis.agenda;
