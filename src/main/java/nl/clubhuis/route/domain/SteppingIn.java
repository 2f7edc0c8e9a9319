package nl.clubhuis.route.domain;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes in the logboek when a beheerder keeps the route of a Doetank where they are
 * neither trekker nor coach.
 */
@Component
public class SteppingIn {

	private static final Logger log = LoggerFactory.getLogger(SteppingIn.class);

	private final AuditLog audit;

	SteppingIn(AuditLog audit) {
		this.audit = audit;
	}

	/** For what the whole team may do (milestones): stepping in is acting outside it. */
	public void recordIfOutsideTeam(Long doetankId, TeamRoles team, MemberPrincipal person, String action) {
		if (person.isBeheerder() && !team.isMember(person.id())) {
			log.warn("Beheerder {} stepped in on Doetank {}: {}", person.id(), doetankId, action);
			this.audit.record(AuditFact.steppedIn(person.id(), doetankId, action));
		}
	}

	public void recordIfSteppedIn(Long doetankId, TeamRoles team, MemberPrincipal person, String action) {
		if (person.isBeheerder() && !team.isTrekker(person.id()) && !team.isCoach(person.id())) {
			log.warn("Beheerder {} stepped in on Doetank {}: {}", person.id(), doetankId, action);
			this.audit.record(AuditFact.steppedIn(person.id(), doetankId, action));
		}
	}

}
