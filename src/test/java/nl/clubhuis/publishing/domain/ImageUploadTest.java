package nl.clubhuis.publishing.domain;

import java.util.Arrays;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PictureFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cover pictures: what is refused (with a clear message, the rest of the form kept) and
 * how an accepted one is kept and served.
 */
@IntegrationTest
class ImageUploadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	ImageUploads uploads;

	MemberPrincipal redacteur;

	@BeforeEach
	void aRedacteur() {
		this.redacteur = this.people.redacteur("Roos Redacteur");
	}

	@Test
	void anOversizedFileIsRefused() throws Exception {
		byte[] big = new byte[(int) this.uploads.maxBytes() + 1];
		byte[] png = PictureFiles.pngBytes(10, 10);
		System.arraycopy(png, 0, big, 0, png.length);

		refused(PictureFiles.file("groot.png", "image/png", big), "Deze foto is te groot");
	}

	@Test
	void aNonImageRenamedToPngIsRefused() throws Exception {
		byte[] text = "Dit is geen plaatje maar een tekst met <script>alert(1)</script>".getBytes();

		refused(PictureFiles.file("plaatje.png", "image/png", text), "Dit bestand is geen foto");
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes();
		refused(PictureFiles.file("plaatje.svg", "image/svg+xml", svg), "Dit bestand is geen foto");
	}

	@Test
	void aPathTraversalFileNameIsRefused() throws Exception {
		refused(PictureFiles.file("../../etc/passwd.png", "image/png", PictureFiles.pngBytes(10, 10)),
				"Deze bestandsnaam kunnen we niet aannemen");
		refused(PictureFiles.file("..\\..\\windows\\win.ini.png", "image/png", PictureFiles.pngBytes(10, 10)),
				"Deze bestandsnaam kunnen we niet aannemen");
	}

	@Test
	void anAcceptedPictureIsReencodedScaledAndServedWithSafeHeaders() throws Exception {
		byte[] png = PictureFiles.pngBytes(2400, 1200);
		byte[] hidden = "<script>alert(1)</script> hidden after the pixels".getBytes();
		byte[] withTrailer = Arrays.copyOf(png, png.length + hidden.length);
		System.arraycopy(hidden, 0, withTrailer, png.length, hidden.length);

		MvcResult result = this.mvc
			.perform(form(PictureFiles.file("café foto.png", "image/png", withTrailer)).param("title", "Met foto")
				.param("body", "Tekst")
				.param("coverAlt", "Een cirkel op een vlak")
				.param("actie", "publiceren"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Html page = Html.of(this.mvc.perform(get(result.getResponse().getRedirectedUrl())));
		assertThat(page.one(".post__cover img").attr("alt")).isEqualTo("Een cirkel op een vlak");
		String src = coverOf(page);
		assertThat(src).startsWith("/afbeeldingen/");

		byte[] served = this.mvc.perform(get(src))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
		assertThat(image.getWidth()).isEqualTo(ImageUploads.MAX_WIDTH);
		assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
	}

	@Test
	void theCoverOfAConceptIsSeenOnlyByWhoMayEditIt() throws Exception {
		MvcResult saved = this.mvc
			.perform(form(PictureFiles.png("geheim.png")).param("title", "Embargo")
				.param("body", "Nog geheim")
				.param("coverAlt", "Een geheim plaatje")
				.param("actie", "concept"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Html page = Html.of(this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(user(this.redacteur))));
		String src = coverOf(page);
		assertThat(src).startsWith("/afbeeldingen/");

		this.mvc.perform(get(src)).andExpect(status().isNotFound());
		this.mvc.perform(get(src).with(user(this.people.member("Nieuwsgierig Lid")))).andExpect(status().isNotFound());
		this.mvc.perform(get(src).with(user(this.redacteur)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void aVeryTallPictureIsReadSmall() throws Exception {
		MvcResult saved = this.mvc
			.perform(form(PictureFiles.file("lang.png", "image/png", PictureFiles.pngBytes(400, 12000)))
				.param("title", "Lange strook")
				.param("body", "Tekst")
				.param("coverAlt", "Een lange strook")
				.param("actie", "publiceren"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String src = coverOf(Html.of(this.mvc.perform(get(saved.getResponse().getRedirectedUrl()))));
		byte[] served = this.mvc.perform(get(src)).andReturn().getResponse().getContentAsByteArray();
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served));
		assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(4_000_000L);
	}

	@Test
	void aPictureUploadedWithAFormThatHasErrorsIsKept() throws Exception {
		Html form = Html.of(
				this.mvc
					.perform(form(PictureFiles.png("foto.png")).param("title", "")
						.param("body", "Tekst")
						.param("actie", "publiceren"))
					.andExpect(status().isOk()));
		assertThat(form.fieldError("title")).isEqualTo("Vul dit veld in.");
		assertThat(form.fieldError("coverAlt")).isEqualTo("Beschrijf de foto voor wie haar niet kan zien.");
		String kept = form.value("coverImageId");
		assertThat(kept).as("the uploaded picture is kept with the form").isNotBlank();
		assertThat(form.one(".cover-field__current img").attr("src")).isEqualTo("/afbeeldingen/" + kept);
	}

	/** The address of the cover picture on a post page. */
	private static String coverOf(Html page) {
		return page.one(".post__cover img").attr("src");
	}

	private void refused(MockMultipartFile file, String message) throws Exception {
		this.mvc
			.perform(form(file).param("title", "Mijn bericht met foto")
				.param("body", "Mijn zorgvuldig getypte tekst")
				.param("coverAlt", "Een foto")
				.param("actie", "publiceren"))
			.andExpect(status().isOk())
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("omslag")).startsWith(message);
				assertThat(form.value("title")).isEqualTo("Mijn bericht met foto");
				assertThat(form.value("body")).isEqualTo("Mijn zorgvuldig getypte tekst");
				assertThat(form.value("coverAlt")).isEqualTo("Een foto");
			});
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/nieuws/nieuw").file(file);
		request.with(user(this.redacteur)).with(csrf());
		return request;
	}

}
