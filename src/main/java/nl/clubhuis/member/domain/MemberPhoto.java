package nl.clubhuis.member.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's profile photo: re-encoded by the portal's picture checker (so nothing but
 * pixels survives) and kept in the database, one per member. Written through
 * {@link MemberPhotoRepository#put}, so a second upload replaces the first.
 */
@Entity
@Table(name = "member_photo")
public class MemberPhoto {

	@Id
	private Long memberId;

	private String contentType;

	private byte[] bytes;

	private int width;

	private int height;

	private Instant uploadedAt;

	protected MemberPhoto() {
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getBytes() {
		return this.bytes;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
