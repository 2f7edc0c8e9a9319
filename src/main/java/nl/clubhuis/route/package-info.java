/**
 * A Doetank's route: the gatekeepers-overleg with its checklist and decision, the
 * append-only timeline of phase transitions and the milestones the team marks on it, the
 * adoption agreement, the business case, and the network's figures about routes.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "doetank", "documents", "member", "opendata", "publishing", "shared" })
package nl.clubhuis.route;
