package nl.clubhuis.documents.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.clubhuis.shared.uploads.CheckedDocument;

/**
 * One file of a document, kept in the database (outside the web root) under the name and
 * type the portal chose from its content. Versions are only ever added. The upload token
 * is unique, so a form sent twice adds one version.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long documentId;

	private int number;

	private String fileName;

	private String contentType;

	private int sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	private byte[] bytes;

	private Long uploadedBy;

	private Instant uploadedAt;

	private UUID uploadToken;

	private Instant deletedAt;

	protected DocumentVersion() {
	}

	DocumentVersion(Long documentId, int number, String title, CheckedDocument file, Long uploadedBy, UUID token,
			Instant now) {
		this.documentId = documentId;
		this.number = number;
		this.fileName = file.fileName(title);
		this.contentType = file.type().contentType();
		this.bytes = file.bytes();
		this.sizeBytes = file.bytes().length;
		this.uploadedBy = uploadedBy;
		this.uploadToken = token;
		this.uploadedAt = now;
	}

	/** Takes the file away and keeps the row: its number and upload token stay used. */
	void delete(Instant now) {
		this.fileName = "-";
		this.sizeBytes = 0;
		this.bytes = new byte[0];
		this.uploadedBy = null;
		this.deletedAt = now;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getBytes() {
		return this.bytes;
	}

}
