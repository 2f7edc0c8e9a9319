package nl.clubhuis.publishing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;

/** Real pictures (and fake ones) to upload in tests. */
public final class PictureFiles {

	private PictureFiles() {
	}

	public static byte[] pngBytes(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(13, 92, 99));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(179, 71, 14));
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static MockMultipartFile png(String name) {
		return new MockMultipartFile("omslag", name, "image/png", pngBytes(64, 36));
	}

	public static MockMultipartFile file(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("omslag", name, contentType, bytes);
	}

}
