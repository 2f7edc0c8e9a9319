package nl.clubhuis.toolkit;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * The redactie keeps the toolkit (a Doetank's team records its werkvormen:
 * DoetankAccess).
 */
@Component
class ToolkitAccess {

	boolean canEdit(MemberPrincipal viewer) {
		return viewer != null && viewer.isRedactie();
	}

}
