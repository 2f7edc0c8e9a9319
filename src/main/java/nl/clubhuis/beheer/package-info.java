/**
 * Beheer: the pages where beheerders find members, grant and revoke the network roles,
 * block and unblock accounts, read the logboek and the messages members reported. The
 * rules live in the modules that own the data
 * ({@link nl.clubhuis.member.MemberAdministration}, {@link nl.clubhuis.audit.AuditLog});
 * this module only shows them. The redactie keeps the expertise vocabulary here too
 * ({@link nl.clubhuis.expertise.ExpertiseVocabulary}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "contact", "doetank", "expertise", "member", "shared" })
package nl.clubhuis.beheer;
