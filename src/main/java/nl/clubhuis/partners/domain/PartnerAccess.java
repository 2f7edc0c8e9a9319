package nl.clubhuis.partners.domain;

import nl.clubhuis.member.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The redactie keeps the partners page. */
@Component
public class PartnerAccess {

	public boolean canEdit(Viewer viewer) {
		return viewer.isRedactie();
	}

	public void requireEditor(Viewer viewer) {
		if (!canEdit(viewer)) {
			throw new AccessDeniedException("only the redactie keeps the partners");
		}
	}

}
