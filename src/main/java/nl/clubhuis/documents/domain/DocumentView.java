package nl.clubhuis.documents.domain;

import java.util.List;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.Visibility;

/**
 * A document as the Doetank page lists it: its newest version first, then the earlier
 * ones.
 */
public record DocumentView(Long id, String title, DocumentKind kind, Phase phase, Visibility visibility, String path,
		VersionRow newest, List<VersionRow> earlier) {

	public String downloadPath() {
		return this.path;
	}

	public String versionPath(VersionRow version) {
		return this.path + "/versies/" + version.number();
	}

}
