package nl.clubhuis.shared.uploads;

import java.time.Duration;

import nl.clubhuis.publishing.PictureFiles;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The pixel budget is checked from the header, before a pixel is decoded. */
class PictureCheckTest {

	final PictureCheck check = new PictureCheck(8L * 1024 * 1024);

	@Test
	void aPictureOfOneByAHundredMillionPixelsIsRefusedAtOnce() {
		tooManyPixels(UploadFiles.pngHeader(1, 100_000_000));
		tooManyPixels(UploadFiles.pngHeader(100_000_000, 1));
		tooManyPixels(UploadFiles.pngHeader(10_000, 10_000));
		tooManyPixels(UploadFiles.pngHeader(1, 30_000));
	}

	@Test
	void aCleanPictureIsReencodedAndScaledDown() {
		CheckedPicture picture = this.check.check("foto.png", PictureFiles.pngBytes(2400, 1200), 1600);

		assertThat(picture.contentType()).isEqualTo("image/png");
		assertThat(picture.width()).isEqualTo(1600);
		assertThat(picture.height()).isEqualTo(800);
	}

	@Test
	void whatIsNoPictureIsRefused() {
		assertThatThrownBy(() -> this.check.check("foto.png", "<svg onload=alert(1)/>".getBytes(), 1600))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused.notAPicture"));
	}

	private void tooManyPixels(byte[] png) {
		assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> assertThatThrownBy(() -> this.check.check("lang.png", png, 1600)).isInstanceOfSatisfying(
						RuleViolationException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused.tooManyPixels")));
	}

}
