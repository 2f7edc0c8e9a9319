/**
 * Accounts: registering, logging in (throttled), the network roles, and looking members
 * up for other modules by id ({@link nl.clubhuis.member.MemberDirectory}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "expertise", "shared" })
package nl.clubhuis.member;
