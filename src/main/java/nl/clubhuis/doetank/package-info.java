/**
 * Doetanks: a vraagstuk brought in, the intake by a coach, the team with its roles and
 * join requests, the phase and status the Doetank is in, the lessons of stopped Doetanks.
 * Other modules look Doetanks up by id ({@link nl.clubhuis.doetank.Doetanks}), move them
 * along the route ({@link nl.clubhuis.doetank.DoetankProgress}) and add their parts to
 * the Doetank page through the SPIs in this package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "member", "shared" })
package nl.clubhuis.doetank;
