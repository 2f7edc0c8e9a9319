package nl.clubhuis.partners.domain;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The redactie keeps the partners page. */
@Component
public class PartnerAccess {

	public boolean canEdit(MemberPrincipal viewer) {
		return viewer != null && viewer.isRedactie();
	}

	public void requireEditor(MemberPrincipal viewer) {
		if (!canEdit(viewer)) {
			throw new AccessDeniedException("only the redactie keeps the partners");
		}
	}

}
