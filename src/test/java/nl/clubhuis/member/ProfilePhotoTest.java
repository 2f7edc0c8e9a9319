package nl.clubhuis.member;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.Profiles.Draft;
import nl.clubhuis.member.domain.AccountErasure;
import nl.clubhuis.publishing.PictureFiles;
import nl.clubhuis.shared.uploads.UploadFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The optional profile photo: uploaded at /mijn/profiel through the picture checker,
 * shown at /leden/{slug} to whoever may see the profile, exported and erased with the
 * account.
 */
@IntegrationTest
class ProfilePhotoTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Profiles profiles;

	@Autowired
	MemberDirectory directory;

	@Autowired
	AccountErasure erasure;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberUploadsAPhotoThatShowsOnTheirProfileAndRemovesIt() throws Exception {
		MemberPrincipal member = this.people.member("Fenna Foto");
		MemberPrincipal viewer = this.people.member("Kees Kijker");
		String path = this.directory.find(member.id()).orElseThrow().profilePath();
		assertThat(Html.of(this.mvc.perform(get(path).with(user(viewer)))).has("img.profile__photo")).isFalse();

		assertThat(
				upload(member, "ik.png", PictureFiles.pngBytes(800, 600)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/mijn/profiel");

		Html profile = Html.of(this.mvc.perform(get(path).with(user(viewer))));
		String src = profile.one("img.profile__photo").attr("src");
		assertThat(src).startsWith(path + "/foto?v=");
		assertThat(profile.one("img.profile__photo").attr("alt")).as("the name follows as the heading").isEmpty();
		MockHttpServletResponse photo = this.mvc.perform(get(src).with(user(viewer))).andReturn().getResponse();
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(photo.getContentType()).isEqualTo("image/png");
		assertThat(photo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(photo.getHeader("Cache-Control")).isEqualTo("max-age=3600, private");
		assertThat(
				javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.getContentAsByteArray())).getWidth())
			.as("scaled down")
			.isEqualTo(400);

		Html edit = Html.of(this.mvc.perform(get("/mijn/profiel").with(user(member))));
		assertThat(edit.one("img.profile-photo__current").attr("src")).isEqualTo(src);
		assertThat(edit.text(".profile-photo__remove button")).isEqualTo("Foto verwijderen");

		this.mvc.perform(post("/mijn/profiel/foto/verwijderen").with(user(member)).with(csrf()));
		this.mvc.perform(post("/mijn/profiel/foto/verwijderen").with(user(member)).with(csrf()));
		assertThat(Html.of(this.mvc.perform(get(path).with(user(viewer)))).has("img.profile__photo")).isFalse();
		assertThat(this.mvc.perform(get(path + "/foto").with(user(member))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(Html.of(this.mvc.perform(get("/mijn/profiel").with(user(member)))).has(".profile-photo__remove"))
			.isFalse();
	}

	@Test
	void theFieldOffersEveryFormatThePortalReadsAGifToo() throws Exception {
		MemberPrincipal member = this.people.member("Gijs Gif");
		Html form = Html.of(this.mvc.perform(get("/mijn/profiel").with(user(member))));
		assertThat(form.text("#foto-hint")).startsWith("PNG, JPEG of GIF");
		assertThat(form.one("#foto").attr("accept")).isEqualTo("image/png,image/jpeg,image/gif");

		java.io.ByteArrayOutputStream gif = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"gif", gif);
		assertThat(upload(member, "ik.gif", gif.toByteArray()).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/mijn/profiel");
	}

	@Test
	void aNonPictureOrAPictureWithTooManyPixelsIsRefusedAtTheField() throws Exception {
		MemberPrincipal member = this.people.member("Wim Weigering");
		this.profiles.save(member.id(),
				new Draft("Gemeente Weigerdam", "Adviseur", null, Set.of(), ProfileVisibility.LEDEN));

		Html text = Html.of(upload(member, "foto.png", "geen foto".getBytes(StandardCharsets.UTF_8)));
		assertThat(text.fieldError("foto"))
			.isEqualTo("Dit bestand is geen foto die we kunnen lezen. Kies een PNG, JPEG of GIF.");
		assertThat(text.value("organisation")).as("the profile form as saved").isEqualTo("Gemeente Weigerdam");
		assertThat(text.value("jobTitle")).isEqualTo("Adviseur");

		Html strip = Html.of(upload(member, "strook.png", UploadFiles.pngHeader(1, 100_000_000)));
		assertThat(strip.fieldError("foto"))
			.isEqualTo("Deze foto heeft te veel pixels. Verklein hem en probeer het opnieuw.");

		Html none = Html.of(upload(member, "", new byte[0]));
		assertThat(none.fieldError("foto")).isEqualTo("Kies een bestand.");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM member_photo WHERE member_id = ?", Integer.class,
				member.id()))
			.isZero();
	}

	@Test
	void thePhotoShowsToWhoeverMaySeeTheProfile() throws Exception {
		MemberPrincipal member = this.people.member("Lotte Leden");
		upload(member, "ik.png", PictureFiles.pngBytes(40, 40));
		String photo = this.directory.find(member.id()).orElseThrow().profilePath() + "/foto";

		assertThat(status(get(photo))).as("a visitor, members-only profile").isEqualTo(404);
		assertThat(status(get(photo).with(user(this.people.member("Ander Lid"))))).isEqualTo(200);

		this.profiles.save(member.id(), new Draft(null, null, null, Set.of(), ProfileVisibility.NIEMAND));
		assertThat(status(get(photo).with(user(this.people.member("Nog Een Lid"))))).isEqualTo(404);
		assertThat(status(get(photo).with(user(member)))).as("the member themselves").isEqualTo(200);
		assertThat(status(get("/leden/bestaat-niet/foto"))).isEqualTo(404);
	}

	@Test
	void theExportSaysWhenThePhotoWasUploadedAndErasureRemovesIt() throws Exception {
		MemberPrincipal member = this.people.member("Eva Export");
		upload(member, "ik.png", PictureFiles.pngBytes(40, 40));

		String body = this.mvc.perform(get("/mijn/gegevens").with(user(member)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode photo = JsonMapper.builder().build().readTree(body).path("account").path("photo");
		assertThat(photo.path("present").asBoolean()).isTrue();
		assertThat(photo.path("uploaded_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(photo.has("bytes")).isFalse();

		assertThat(this.erasure.erase(member.id(), TestPeople.PASSWORD, false))
			.isEqualTo(AccountErasure.Outcome.ERASED);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM member_photo WHERE member_id = ?", Integer.class,
				member.id()))
			.isZero();
	}

	private ResultActions upload(MemberPrincipal member, String name, byte[] bytes) throws Exception {
		return this.mvc
			.perform(multipart("/mijn/profiel/foto").file(new MockMultipartFile("foto", name, "image/png", bytes))
				.with(user(member))
				.with(csrf()));
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
