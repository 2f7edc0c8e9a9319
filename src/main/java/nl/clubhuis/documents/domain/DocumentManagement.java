package nl.clubhuis.documents.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trekker or a beheerder takes back what should not be shown: a document uploaded by
 * mistake, a version with personal data in it, a document that should be the team's only.
 * Versions are otherwise only added (DocumentLibrary). A beheerder who does this in a
 * team that is not theirs is written in the logboek. Sent twice, the second changes
 * nothing.
 */
@Service
public class DocumentManagement {

	private final DocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final Doetanks doetanks;

	private final DocumentStepIns stepIns;

	private final Clock clock;

	DocumentManagement(DocumentRepository documents, DocumentVersionRepository versions, Doetanks doetanks,
			DocumentStepIns stepIns, Clock clock) {
		this.clock = clock;
		this.documents = documents;
		this.versions = versions;
		this.doetanks = doetanks;
		this.stepIns = stepIns;
	}

	/** A document with all its versions, newest first, as its manage page shows it. */
	public record Managed(DoetankRef doetank, Long id, String title, DocumentKind kind, Visibility visibility,
			List<VersionRow> versions) {

		public String path() {
			return this.doetank.path() + "/documenten/" + this.id;
		}

	}

	/** The document to manage; 404 when there is none here, 403 for who may not. */
	@Transactional(readOnly = true)
	public Managed forManaging(String slug, Long documentId, Viewer viewer) {
		Doetanks.Visible visible = managedBy(slug, viewer);
		Document document = find(visible, documentId)
			.orElseThrow(() -> new NotFoundException("document " + documentId));
		return new Managed(visible.doetank(), document.getId(), document.getTitle(), document.getKind(),
				document.getVisibility(), this.versions.rowsOf(List.of(documentId)));
	}

	/** Returns whether anything changed. */
	@Transactional
	public boolean show(String slug, Long documentId, Visibility visibility, MemberPrincipal member) {
		Viewer viewer = Viewer.of(member);
		Doetanks.Visible visible = managedBy(slug, viewer);
		Document document = find(visible, documentId)
			.orElseThrow(() -> new NotFoundException("document " + documentId));
		if (document.getVisibility() == visibility) {
			return false;
		}
		document.show(visibility);
		this.stepIns.record(visible, viewer, "DOCUMENT_VISIBILITY_CHANGED");
		return true;
	}

	/**
	 * Takes one version away; the others keep their numbers. The only version is not
	 * taken away this way: the document goes as a whole. Returns whether anything
	 * changed.
	 */
	@Transactional
	public boolean deleteVersion(String slug, Long documentId, int number, MemberPrincipal member) {
		Viewer viewer = Viewer.of(member);
		Doetanks.Visible visible = managedBy(slug, viewer);
		if (find(visible, documentId).isEmpty()) {
			return false;
		}
		this.documents.lockById(documentId);
		Optional<DocumentVersion> version = this.versions.findByDocumentIdAndNumberAndDeletedAtIsNull(documentId,
				number);
		if (version.isEmpty()) {
			return false;
		}
		if (this.versions.countLive(documentId) == 1) {
			throw new RuleViolationException("documents.manage.onlyVersion");
		}
		version.get().delete(this.clock.instant());
		this.stepIns.record(visible, viewer, "DOCUMENT_VERSION_DELETED");
		return true;
	}

	/** Takes the document away with every version. Returns whether anything changed. */
	@Transactional
	public boolean delete(String slug, Long documentId, MemberPrincipal member) {
		Viewer viewer = Viewer.of(member);
		Doetanks.Visible visible = managedBy(slug, viewer);
		// Locked, so two clicks at once delete it once and the second finds nothing.
		Optional<Document> document = this.documents.lockById(documentId)
			.filter((found) -> found.getDoetankId().equals(visible.doetank().id()));
		if (document.isEmpty()) {
			return false;
		}
		this.documents.delete(document.get());
		this.stepIns.record(visible, viewer, "DOCUMENT_DELETED");
		return true;
	}

	private Doetanks.Visible managedBy(String slug, Viewer viewer) {
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		if (!DocumentAccess.canManage(visible.team(), viewer)) {
			throw new AccessDeniedException("only trekkers and beheerders take documents away");
		}
		return visible;
	}

	private Optional<Document> find(Doetanks.Visible visible, Long documentId) {
		return this.documents.findById(documentId)
			.filter((document) -> document.getDoetankId().equals(visible.doetank().id()));
	}

}
