package nl.clubhuis.documents.domain;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/** Writes in the logboek what a beheerder did with the documents of a team not theirs. */
@Component
class DocumentStepIns {

	private final AuditLog audit;

	DocumentStepIns(AuditLog audit) {
		this.audit = audit;
	}

	void record(Doetanks.Visible visible, Viewer viewer, String action) {
		if (DocumentAccess.stepsIn(visible.team(), viewer)) {
			this.audit.record(AuditFact.steppedIn(viewer.member().id(), visible.doetank().id(), action));
		}
	}

}
