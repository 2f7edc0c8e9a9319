/**
 * The logboek: an append-only record of what beheerders did (role changes, blocks,
 * erasures, stepping in on a Doetank that is not theirs). Other modules write to it
 * through {@link nl.clubhuis.audit.AuditLog#record}, inside their own transaction, so an
 * action and its entry are saved together or not at all. It knows members and Doetanks
 * only by id; the beheer pages look their names up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.clubhuis.audit;
