/**
 * Accounts: registering, logging in (throttled), the network roles, and looking members
 * up for other modules by id ({@link nl.clubhuis.member.MemberDirectory}, which also
 * matches members by expertise). Other modules add to the member's own pages through the
 * SPIs {@link nl.clubhuis.member.MemberDataContributor} (/mijn/gegevens),
 * {@link nl.clubhuis.member.MyPageSection} and {@link nl.clubhuis.member.WaitingForMe}
 * (/mijn).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "expertise", "shared" })
package nl.clubhuis.member;
