package nl.clubhuis.documents;

import nl.clubhuis.doetank.DoetankRef;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.clubhuis.documents.domain.DocumentLibrary;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Service;

/**
 * Documents for other modules: links to them by id (one statement for any number), and
 * adding one (the demo data does), under the same rules as the upload form.
 */
@Service
public class DoetankDocuments {

	private final DocumentLibrary library;

	DoetankDocuments(DocumentLibrary library) {
		this.library = library;
	}

	public Map<Long, DocumentLink> byIds(Collection<Long> ids) {
		return this.library.links(ids);
	}

	/**
	 * The public documents of a Doetank, newest first, at most {@code limit}: what a
	 * milestone may point at.
	 */
	public List<DocumentLink> publicOf(DoetankRef doetank, int limit) {
		return this.library.publicLinks(doetank, limit);
	}

	/** How many documents a Doetank has. */
	public long countOf(Long doetankId) {
		return this.library.countOf(doetankId);
	}

	/** Adds a document with its first version; the file passes the portal's checks. */
	public Long add(String doetankSlug, NewDocument document, String fileName, byte[] bytes, MemberPrincipal uploader) {
		return this.library.upload(doetankSlug, document, fileName, bytes, UUID.randomUUID(), uploader);
	}

}
