package nl.clubhuis.publishing.domain;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.uploads.CheckedPicture;
import nl.clubhuis.shared.uploads.PictureCheck;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in cover pictures, checked, re-encoded and scaled to a sensible width by the
 * portal's one picture checker ({@link PictureCheck}).
 */
@Service
public class ImageUploads {

	static final int MAX_WIDTH = 1600;

	private final ImageRepository images;

	private final PostRepository posts;

	private final PostLocator locator;

	private final Clock clock;

	private final PictureCheck pictures;

	ImageUploads(ImageRepository images, PostRepository posts, PostLocator locator, Clock clock,
			PictureCheck pictures) {
		this.images = images;
		this.posts = posts;
		this.locator = locator;
		this.clock = clock;
		this.pictures = pictures;
	}

	public long maxBytes() {
		return this.pictures.maxBytes();
	}

	/** Stores the uploaded picture; empty when no file was chosen. */
	@Transactional
	public Optional<Image> store(MultipartFile file, MemberPrincipal uploader) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new RuleViolationException("upload.refused.notAPicture");
		}
		CheckedPicture picture = this.pictures.check(file.getOriginalFilename(), bytes, MAX_WIDTH);
		return Optional.of(this.images.save(new Image(uploader.id(), picture.contentType(), picture.width(),
				picture.height(), picture.bytes(), this.clock.instant())));
	}

	/** A picture and whether everyone may see it (and caches may keep it). */
	public record Viewable(Image image, boolean isPublic) {
	}

	/**
	 * The picture if this viewer may see it: everyone when a published post shows it; its
	 * uploader, and whoever may see a post that has it, otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<Viewable> viewable(Long imageId, Viewer viewer) {
		Optional<Image> image = this.images.findById(imageId);
		if (image.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		List<LocatedPost> posts = this.posts.findWithCover(imageId).stream().map(this.locator::locate).toList();
		if (posts.stream().anyMatch((post) -> PostAccess.canSee(post, Viewer.anonymous(), now))) {
			return Optional.of(new Viewable(image.get(), true));
		}
		boolean uploader = viewer.is(image.get().getUploaderId());
		if (uploader || posts.stream().anyMatch((post) -> PostAccess.canSee(post, viewer, now))) {
			return Optional.of(new Viewable(image.get(), false));
		}
		return Optional.empty();
	}

	/** An image this member uploaded earlier (kept while a form is corrected). */
	@Transactional(readOnly = true)
	public Optional<Image> ownImage(Long imageId, MemberPrincipal member) {
		return this.images.findById(imageId).filter((image) -> image.getUploaderId().equals(member.id()));
	}

}
