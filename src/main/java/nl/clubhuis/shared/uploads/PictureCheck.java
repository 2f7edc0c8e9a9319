package nl.clubhuis.shared.uploads;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.FileNames;
import nl.clubhuis.shared.RateLimits;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Takes in pictures. The content decides what a file is, never its name: only PNG, JPEG
 * and GIF that decode are kept, re-encoded (which drops metadata such as GPS positions
 * and anything hidden after the pixels) and scaled down. The size in pixels is read from
 * the header and checked against the budget before a single pixel is decoded, whatever
 * the shape: a picture of 1 by 100,000,000 pixels is refused at once.
 */
@Component
public class PictureCheck {

	/** The most pixels (width × height) a picture may have; 50 megapixels. */
	static final long MAX_PIXELS = 50_000_000;

	/** The longest side; keeps thin strips, which decode slowly per pixel, out. */
	static final int MAX_SIDE = 20_000;

	private static final int DECODED_PIXELS = 4_000_000;

	private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

	private final long maxBytes;

	private final UploadAllowance allowance;

	@Autowired
	PictureCheck(ClubhuisProperties properties, RateLimits limits) {
		this.maxBytes = properties.uploads().maxBytes();
		this.allowance = new UploadAllowance(limits);
	}

	/** A check without the upload limit (for tests of the check itself). */
	public PictureCheck(long maxBytes) {
		this.maxBytes = maxBytes;
		this.allowance = UploadAllowance.NONE;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * The picture, checked, re-encoded and at most {@code maxWidth} pixels wide; refused
	 * with a {@link RuleViolationException} whose key says why.
	 */
	public CheckedPicture check(String originalName, byte[] bytes, int maxWidth) {
		if (bytes == null || bytes.length == 0) {
			throw Refusal.NO_FILE.exception();
		}
		if (!FileNames.isSafe(originalName)) {
			throw Refusal.BAD_NAME.exception();
		}
		if (bytes.length > this.maxBytes) {
			throw Refusal.PICTURE_TOO_LARGE.exception();
		}
		this.allowance.count();
		Decoded decoded = decode(bytes, maxWidth);
		BufferedImage picture = scaledDown(decoded.picture(), maxWidth);
		String format = ("jpeg".equals(decoded.format()) && !picture.getColorModel().hasAlpha()) ? "jpeg" : "png";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(picture, format, out)) {
				throw Refusal.NOT_A_PICTURE.exception();
			}
		}
		catch (IOException ex) {
			throw Refusal.NOT_A_PICTURE.exception();
		}
		return new CheckedPicture("image/" + format, picture.getWidth(), picture.getHeight(), out.toByteArray());
	}

	private record Decoded(String format, BufferedImage picture) {
	}

	/**
	 * Reads the pixels, in the format the bytes' header says. A large photo is read at a
	 * fraction of its size (every n-th pixel, so that about {@link #DECODED_PIXELS}
	 * arrive whatever the shape), so a phone picture does not fill the memory.
	 */
	private static Decoded decode(byte[] bytes, int maxWidth) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw Refusal.NOT_A_PICTURE.exception();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!FORMATS.contains(format)) {
					throw Refusal.NOT_A_PICTURE.exception();
				}
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				requireWithinBudget(width, height);
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.max(Math.max(1, width / maxWidth),
						Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
				param.setSourceSubsampling(step, step, 0, 0);
				return new Decoded(format, reader.read(0, param));
			}
			finally {
				reader.dispose();
			}
		}
		catch (RuleViolationException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw Refusal.NOT_A_PICTURE.exception();
		}
	}

	static void requireWithinBudget(long width, long height) {
		if (width <= 0 || height <= 0) {
			throw Refusal.NOT_A_PICTURE.exception();
		}
		if (width * height > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) {
			throw Refusal.TOO_MANY_PIXELS.exception();
		}
	}

	private static BufferedImage scaledDown(BufferedImage picture, int maxWidth) {
		if (picture.getWidth() <= maxWidth) {
			return withoutIndexedColours(picture);
		}
		int height = Math.max(1, (int) Math.round(picture.getHeight() * (maxWidth / (double) picture.getWidth())));
		int type = picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage scaled = new BufferedImage(maxWidth, height, type);
		Graphics2D graphics = scaled.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(picture, 0, 0, maxWidth, height, null);
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
