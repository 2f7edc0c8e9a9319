package nl.clubhuis.doetank.domain;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.member.MemberPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes in the logboek when a beheerder does something in a Doetank where they have no
 * right of their own.
 */
@Component
public class StepIns {

	private static final Logger log = LoggerFactory.getLogger(StepIns.class);

	private final AuditLog audit;

	StepIns(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * @param ownRight whether {@code person} may do {@code action} without being a
	 * beheerder
	 */
	public void record(MemberPrincipal person, Doetank doetank, boolean ownRight, String action) {
		if (!ownRight && person.isBeheerder()) {
			log.warn("Beheerder {} stepped in on Doetank {}: {}", person.id(), doetank.getSlug(), action);
			this.audit.record(AuditFact.steppedIn(person.id(), doetank.getId(), action));
		}
	}

}
