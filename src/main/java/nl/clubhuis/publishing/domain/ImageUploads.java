package nl.clubhuis.publishing.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.FileNames;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes in pictures. The file's content decides what it is, never its name: only PNG,
 * JPEG and GIF that decode as images are kept, re-encoded (which drops metadata such as
 * GPS positions and anything hidden after the pixels) and scaled to a sensible width.
 */
@Service
public class ImageUploads {

	static final int MAX_WIDTH = 1600;

	private static final int MAX_PIXELS = 100_000_000;

	private static final int DECODED_PIXELS = 4_000_000;

	private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

	private final ImageRepository images;

	private final PostRepository posts;

	private final PostLocator locator;

	private final Clock clock;

	private final long maxBytes;

	ImageUploads(ImageRepository images, PostRepository posts, PostLocator locator, Clock clock,
			ClubhuisProperties properties) {
		this.images = images;
		this.posts = posts;
		this.locator = locator;
		this.clock = clock;
		this.maxBytes = properties.uploads().maxBytes();
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** Stores the uploaded picture; empty when no file was chosen. */
	@Transactional
	public Optional<Image> store(MultipartFile file, MemberPrincipal uploader) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		requireSafeName(file.getOriginalFilename());
		if (file.getSize() > this.maxBytes) {
			throw new UploadRefusedException("upload.tooLarge");
		}
		try {
			return Optional.of(this.images.save(reencode(file.getBytes(), uploader.id())));
		}
		catch (IOException ex) {
			throw new UploadRefusedException("upload.notAnImage");
		}
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

	static void requireSafeName(String name) {
		if (!FileNames.isSafe(name)) {
			throw new UploadRefusedException("upload.badName");
		}
	}

	private Image reencode(byte[] bytes, Long uploaderId) throws IOException {
		Decoded decoded = decode(bytes);
		BufferedImage picture = scaledDown(decoded.picture());
		String outputFormat = ("jpeg".equals(decoded.format()) && !picture.getColorModel().hasAlpha()) ? "jpeg" : "png";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(picture, outputFormat, out)) {
			throw new UploadRefusedException("upload.notAnImage");
		}
		return new Image(uploaderId, "image/" + outputFormat, picture.getWidth(), picture.getHeight(),
				out.toByteArray(), this.clock.instant());
	}

	private record Decoded(String format, BufferedImage picture) {
	}

	/**
	 * Reads the pixels, in the format the bytes' header says (only PNG, JPEG and GIF). A
	 * large photo is read at a fraction of its size, so a phone picture does not fill the
	 * memory; one with absurd dimensions is refused before any pixel is read.
	 */
	private static Decoded decode(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new UploadRefusedException("upload.notAnImage");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				if (!FORMATS.contains(format)) {
					throw new UploadRefusedException("upload.notAnImage");
				}
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				if ((long) width * reader.getHeight(0) > MAX_PIXELS) {
					throw new UploadRefusedException("upload.tooManyPixels");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int height = reader.getHeight(0);
				// Read every n-th pixel so that at most about DECODED_PIXELS arrive,
				// whatever
				// the shape: also a picture of 1,000 by 100,000 pixels stays small.
				int step = (int) Math.max(Math.max(1, width / MAX_WIDTH),
						Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
				param.setSourceSubsampling(step, step, 0, 0);
				return new Decoded(format, reader.read(0, param));
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof UploadRefusedException refused) {
					throw refused;
				}
				throw new UploadRefusedException("upload.notAnImage");
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage scaledDown(BufferedImage picture) {
		if (picture.getWidth() <= MAX_WIDTH) {
			return withoutIndexedColours(picture);
		}
		int height = Math.max(1, (int) Math.round(picture.getHeight() * (MAX_WIDTH / (double) picture.getWidth())));
		int type = picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage scaled = new BufferedImage(MAX_WIDTH, height, type);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(picture, 0, 0, MAX_WIDTH, height, null);
		graphics.dispose();
		return scaled;
	}

	/** JPEG cannot hold every colour model ImageIO reads; plain RGB(A) always works. */
	private static BufferedImage withoutIndexedColours(BufferedImage picture) {
		int type = picture.getType();
		if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
				|| type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR) {
			return picture;
		}
		int target = picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage converted = new BufferedImage(picture.getWidth(), picture.getHeight(), target);
		Graphics2D graphics = converted.createGraphics();
		graphics.drawImage(picture, 0, 0, null);
		graphics.dispose();
		return converted;
	}

}
