/**
 * Doetanks: a vraagstuk brought in, the intake by a coach, the team with its roles and
 * join requests, the phase and status the Doetank is in, the lessons of stopped Doetanks.
 * <p>
 * This package is the module's API. Other modules look Doetanks up by id or address
 * ({@link nl.clubhuis.doetank.Doetanks}, which answers with
 * {@link nl.clubhuis.doetank.DoetankRef} and {@link nl.clubhuis.doetank.TeamRoles}) or as
 * cards ({@link nl.clubhuis.doetank.DoetankCards}); they change Doetanks through
 * {@link nl.clubhuis.doetank.DoetankService}, {@link nl.clubhuis.doetank.DoetankHistory}
 * and (the route) {@link nl.clubhuis.doetank.DoetankProgress}; they hear of them through
 * the events {@link nl.clubhuis.doetank.DoetankAccepted} and
 * {@link nl.clubhuis.doetank.HistoricalDoetankRecorded}; and they add their parts to the
 * Doetank page through the SPIs {@link nl.clubhuis.doetank.DoetankPageSection},
 * {@link nl.clubhuis.doetank.DoetankAgenda}, {@link nl.clubhuis.doetank.DoetankStories}
 * and {@link nl.clubhuis.doetank.DoetankToolkit}. It shows a member's Doetanks, requests
 * and suggestions on /mijn (member's {@code MyPageSection} and {@code WaitingForMe}) and
 * matches a Doetank's wanted expertise with members who know it. The entities, the
 * repository, the access rules and the pages' read side live in {@code domain}, the pages
 * in {@code web}; no other module sees them.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "expertise", "member", "opendata", "shared" })
package nl.clubhuis.doetank;
