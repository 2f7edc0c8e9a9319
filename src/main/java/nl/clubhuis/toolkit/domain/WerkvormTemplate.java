package nl.clubhuis.toolkit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import nl.clubhuis.shared.uploads.CheckedDocument;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file to download with a werkvorm (a sheet, a canvas). Kept in the database, outside
 * the web root, under a name and type the portal chose from its content.
 */
@Entity
@Table(name = "werkvorm_template")
public class WerkvormTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Werkvorm werkvorm;

	private String title;

	private String fileName;

	private String contentType;

	private int sizeBytes;

	private byte[] bytes;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	private Instant uploadedAt;

	protected WerkvormTemplate() {
	}

	WerkvormTemplate(Werkvorm werkvorm, String title, CheckedDocument file, Long uploadedBy, Instant now) {
		this.werkvorm = werkvorm;
		this.title = title;
		this.fileName = file.fileName(title);
		this.contentType = file.type().contentType();
		this.bytes = file.bytes();
		this.sizeBytes = file.bytes().length;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Werkvorm getWerkvorm() {
		return this.werkvorm;
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
