package nl.clubhuis.documents.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.documents.DocumentLink;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.documents.NewDocument;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.uploads.CheckedDocument;
import nl.clubhuis.shared.uploads.DocumentCheck;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Doetank's documents: listing them for a viewer (two statements whatever their
 * number), uploading a document or a new version (checked by the portal's one checker,
 * once per upload token), and handing out a file to whoever may see it.
 */
@Service
public class DocumentLibrary {

	private final DocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final Doetanks doetanks;

	private final DocumentCheck check;

	private final DocumentStepIns stepIns;

	private final Clock clock;

	DocumentLibrary(DocumentRepository documents, DocumentVersionRepository versions, Doetanks doetanks,
			DocumentCheck check, DocumentStepIns stepIns, Clock clock) {
		this.documents = documents;
		this.versions = versions;
		this.doetanks = doetanks;
		this.check = check;
		this.stepIns = stepIns;
		this.clock = clock;
	}

	public long maxMegabytes() {
		return this.check.maxMegabytes();
	}

	/** The documents this viewer may see on the Doetank page, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentView> onPage(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		List<Document> seen = this.documents.findByDoetankIdOrderByCreatedAtDescIdDesc(doetank.id())
			.stream()
			.filter((document) -> DocumentAccess.canSee(document.getVisibility(), doetank, team, viewer))
			.toList();
		if (seen.isEmpty()) {
			return List.of();
		}
		Map<Long, List<VersionRow>> rows = this.versions.rowsOf(seen.stream().map(Document::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(VersionRow::documentId, LinkedHashMap::new, Collectors.toList()));
		List<DocumentView> views = new ArrayList<>();
		for (Document document : seen) {
			List<VersionRow> all = rows.getOrDefault(document.getId(), List.of());
			if (!all.isEmpty()) {
				views.add(new DocumentView(document.getId(), document.getTitle(), document.getKind(),
						document.getPhase(), document.getVisibility(), path(doetank, document.getId()), all.get(0),
						all.subList(1, all.size())));
			}
		}
		return views;
	}

	/** The Doetank, when this viewer may upload there; 404 or 403 otherwise. */
	@Transactional(readOnly = true)
	public DoetankRef forUpload(String slug, Viewer viewer) {
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		requireUploader(visible, viewer);
		return visible.doetank();
	}

	/** The document a new version is for, when this viewer may add one. */
	@Transactional(readOnly = true)
	public Document forNewVersion(String slug, Long documentId, Viewer viewer) {
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		Document document = find(visible, documentId, viewer);
		requireUploader(visible, viewer);
		return document;
	}

	/**
	 * Adds a document with its first version; the same token again adds nothing and
	 * answers the document it added.
	 */
	@Transactional
	public Long upload(String slug, NewDocument about, String fileName, byte[] bytes, UUID token,
			MemberPrincipal uploader) {
		Viewer viewer = Viewer.of(uploader);
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		requireUploader(visible, viewer);
		Optional<Long> done = this.versions.documentWithToken(token);
		if (done.isPresent()) {
			return done.get();
		}
		CheckedDocument file = this.check.check(fileName, bytes);
		Document document = this.documents.save(new Document(visible.doetank().id(), about, this.clock.instant()));
		this.versions.saveAndFlush(new DocumentVersion(document.getId(), 1, about.title(), file, uploader.id(), token,
				this.clock.instant()));
		this.stepIns.record(visible, viewer, "DOCUMENT_UPLOADED");
		return document.getId();
	}

	/** Adds a version after the newest; the same token again adds nothing. */
	@Transactional
	public void addVersion(String slug, Long documentId, String fileName, byte[] bytes, UUID token,
			MemberPrincipal uploader) {
		Viewer viewer = Viewer.of(uploader);
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		find(visible, documentId, viewer);
		requireUploader(visible, viewer);
		if (this.versions.documentWithToken(token).isPresent()) {
			return;
		}
		CheckedDocument file = this.check.check(fileName, bytes);
		// Taken away while the file was checked: nothing to add a version to.
		Document document = this.documents.lockById(documentId)
			.orElseThrow(() -> new NotFoundException("document " + documentId));
		int number = this.versions.lastNumber(documentId) + 1;
		this.versions.saveAndFlush(new DocumentVersion(documentId, number, document.getTitle(), file, uploader.id(),
				token, this.clock.instant()));
		this.stepIns.record(visible, viewer, "DOCUMENT_VERSION_ADDED");
	}

	@Transactional(readOnly = true)
	public long countOf(Long doetankId) {
		return this.documents.countByDoetankId(doetankId);
	}

	/** The document a token already added, if any (a form sent twice at once). */
	@Transactional(readOnly = true)
	public Optional<Long> uploadedWith(UUID token) {
		return this.versions.documentWithToken(token);
	}

	/** A file to download: the newest version, or the one numbered. */
	public record Download(String fileName, String contentType, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	public Download download(String slug, Long documentId, Integer number, Viewer viewer) {
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		find(visible, documentId, viewer);
		int wanted = (number != null) ? number : this.versions.newestNumber(documentId);
		DocumentVersion version = this.versions.findByDocumentIdAndNumberAndDeletedAtIsNull(documentId, wanted)
			.orElseThrow(() -> new NotFoundException("version " + wanted));
		return new Download(version.getFileName(), version.getContentType(), version.getBytes());
	}

	@Transactional(readOnly = true)
	public List<DocumentLink> publicLinks(DoetankRef doetank, int limit) {
		return this.documents.findByDoetankIdOrderByCreatedAtDescIdDesc(doetank.id())
			.stream()
			.filter((document) -> document.getVisibility() == Visibility.OPENBAAR)
			.limit(limit)
			.map((document) -> new DocumentLink(document.getId(), document.getDoetankId(), document.getTitle(),
					path(doetank, document.getId()), document.getVisibility()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, DocumentLink> links(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Document> found = this.documents.findByIdIn(ids);
		Map<Long, DoetankRef> owners = this.doetanks.byIds(found.stream().map(Document::getDoetankId).toList());
		return found.stream()
			.filter((document) -> owners.containsKey(document.getDoetankId()))
			.collect(Collectors.toMap(Document::getId,
					(document) -> new DocumentLink(document.getId(), document.getDoetankId(), document.getTitle(),
							path(owners.get(document.getDoetankId()), document.getId()), document.getVisibility()),
					(a, b) -> a, LinkedHashMap::new));
	}

	/** A document of this Doetank that the viewer may see; a 404 for anyone else. */
	private Document find(Doetanks.Visible visible, Long documentId, Viewer viewer) {
		return this.documents.findById(documentId)
			.filter((document) -> document.getDoetankId().equals(visible.doetank().id()))
			.filter((document) -> DocumentAccess.canSee(document.getVisibility(), visible.doetank(), visible.team(),
					viewer))
			.orElseThrow(() -> new NotFoundException("document " + documentId));
	}

	private static void requireUploader(Doetanks.Visible visible, Viewer viewer) {
		if (!DocumentAccess.canUpload(visible.doetank(), visible.team(), viewer)) {
			throw new AccessDeniedException("only the team keeps its documents");
		}
	}

	private static String path(DoetankRef doetank, Long documentId) {
		return doetank.path() + "/documenten/" + documentId;
	}

}
