package nl.clubhuis.documents.web;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.documents.domain.DocumentAccess;
import nl.clubhuis.documents.domain.DocumentLibrary;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The documents on the Doetank page: those this viewer may see ({@code documents}), and
 * whether they may upload ({@code canUploadDocuments}) and take documents away or change
 * who sees them ({@code canManageDocuments}).
 */
@Component
class DocumentsSection implements DoetankPageSection {

	private final DocumentLibrary library;

	DocumentsSection(DocumentLibrary library) {
		this.library = library;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		model.addAttribute("documents", this.library.onPage(doetank, team, viewer));
		model.addAttribute("canUploadDocuments", DocumentAccess.canUpload(doetank, team, viewer));
		model.addAttribute("canManageDocuments", DocumentAccess.canManage(team, viewer));
	}

}
