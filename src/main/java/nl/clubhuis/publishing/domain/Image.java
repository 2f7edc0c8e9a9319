package nl.clubhuis.publishing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded picture, re-encoded by the portal (so nothing but pixels survives) and kept
 * in the database, outside the web root.
 */
@Entity
@Table(name = "image")
public class Image {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "uploader_id")
	private Long uploaderId;

	private String contentType;

	private int width;

	private int height;

	private int sizeBytes;

	private byte[] bytes;

	private Instant uploadedAt;

	protected Image() {
	}

	Image(Long uploaderId, String contentType, int width, int height, byte[] bytes, Instant uploadedAt) {
		this.uploaderId = uploaderId;
		this.contentType = contentType;
		this.width = width;
		this.height = height;
		this.sizeBytes = bytes.length;
		this.bytes = bytes;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return this.id;
	}

	Long getUploaderId() {
		return this.uploaderId;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public byte[] getBytes() {
		return this.bytes;
	}

}
