package nl.clubhuis.member;

import java.time.Clock;
import java.time.Instant;

import nl.clubhuis.member.domain.MemberPhotoRepository;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.uploads.CheckedPicture;
import nl.clubhuis.shared.uploads.PictureCheck;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's optional profile photo: uploaded at /mijn/profiel, checked, re-encoded and
 * scaled by the portal's one picture checker ({@link PictureCheck}), and shown to whoever
 * may see the profile (a 404 for the others).
 */
@Service
@Transactional(readOnly = true)
public class ProfilePhotos {

	/** Wide enough for a sharp profile picture on a high-density screen. */
	static final int MAX_WIDTH = 400;

	private final MemberPhotoRepository photos;

	private final MemberRepository members;

	private final PictureCheck pictures;

	private final Clock clock;

	ProfilePhotos(MemberPhotoRepository photos, MemberRepository members, PictureCheck pictures, Clock clock) {
		this.photos = photos;
		this.members = members;
		this.pictures = pictures;
		this.clock = clock;
	}

	/** The largest file the checker takes, in whole MB, for the hint and its refusal. */
	public long maxMegabytes() {
		return this.pictures.maxBytes() / (1024 * 1024);
	}

	/** A photo as it is sent, and its version for the address. */
	public record Photo(String contentType, byte[] bytes, Instant uploadedAt) {
	}

	/**
	 * Checks and stores the member's new photo; refused with a
	 * {@link nl.clubhuis.shared.RuleViolationException} whose key
	 * ({@code upload.refused.*}) says why.
	 */
	@Transactional
	public void upload(Long memberId, String originalName, byte[] bytes) {
		CheckedPicture picture = this.pictures.check(originalName, bytes, MAX_WIDTH);
		this.photos.put(memberId, picture.contentType(), picture.bytes(), picture.width(), picture.height(),
				this.clock.instant());
	}

	@Transactional
	public void remove(Long memberId) {
		this.photos.deleteByMemberId(memberId);
	}

	/** The photo of the profile at this address, or a 404 for whoever may not see it. */
	public Photo visible(String slug, Viewer viewer) {
		return this.members.findBySlug(slug)
			.filter((member) -> member.profileVisibleTo(viewer))
			.flatMap((member) -> this.photos.findById(member.getId()))
			.map((photo) -> new Photo(photo.getContentType(), photo.getBytes(), photo.getUploadedAt()))
			.orElseThrow(() -> new NotFoundException(slug + "/foto"));
	}

}
