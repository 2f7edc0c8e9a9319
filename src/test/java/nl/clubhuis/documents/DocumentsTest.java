package nl.clubhuis.documents;

import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.audit.AuditKind;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.uploads.UploadFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team keeps its documents on the Doetank page: uploads, lists, versions, safe
 * downloads, and who sees what.
 */
@IntegrationTest
class DocumentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal outsider;

	String slug;

	@BeforeEach
	void aDoetank() {
		this.trekker = this.people.member("Tara Trekker");
		this.outsider = this.people.member("Olaf Buitenstaander");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Coby Coach"));
	}

	@Test
	void theTeamUploadsAPlanVanAanpakThatEveryoneSeesAndDownloadsSafely() throws Exception {
		byte[] pdf = UploadFiles.pdf("Plan van aanpak");
		this.mvc.perform(upload("Plan van aanpak", "OPENBAAR", UUID.randomUUID(), "mijn plan.pdf", pdf))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#documenten"));

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.texts("#documenten .document__download")).containsExactly("Plan van aanpak");
		String download = page.one("#documenten .document__download").attr("href");
		this.mvc.perform(get(download))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("plan-van-aanpak.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void aNewDocumentIsForTheTeamUntilSomeoneChoosesOtherwise() throws Exception {
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/documenten/nieuw").with(user(this.trekker)))
				.andExpect(status().isOk()));

		assertThat(form.one("input[name=visibility][checked]").val()).isEqualTo("TEAM");
	}

	@Test
	void teamOnlyDocumentsAreA404ForEveryoneElse() throws Exception {
		this.mvc.perform(upload("Businesscase", "TEAM", UUID.randomUUID(), "bc.pdf", UploadFiles.pdf("Geheim")));
		Html forTeam = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))));
		String download = forTeam.one("#documenten .document__download").attr("href");

		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug))).has("#documenten")).isFalse();
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.outsider))))
			.has("#documenten .document")).isFalse();
		this.mvc.perform(get(download)).andExpect(status().isNotFound());
		this.mvc.perform(get(download).with(user(this.outsider))).andExpect(status().isNotFound());
		this.mvc.perform(get(download).with(user(this.trekker))).andExpect(status().isOk());
	}

	@Test
	void aNewVersionKeepsTheEarlierOneReachable() throws Exception {
		this.mvc.perform(upload("Verslag", "OPENBAAR", UUID.randomUUID(), "v1.pdf", UploadFiles.pdf("Eerste")));
		Long id = this.jdbc.queryForObject(
				"SELECT max(d.id) FROM document d JOIN doetank t ON t.id = d.doetank_id WHERE t.slug = ?", Long.class,
				this.slug);
		String versionForm = "/doetanks/" + this.slug + "/documenten/" + id + "/versie";
		Html form = Html.of(this.mvc.perform(get(versionForm).with(user(this.trekker))).andExpect(status().isOk()));
		String token = form.value("token");
		byte[] second = UploadFiles.docx();

		this.mvc
			.perform(multipart(versionForm).file(new MockMultipartFile("file", "v2.docx", "application/pdf", second))
				.param("token", token)
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#documenten"));

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		this.mvc.perform(get(page.one("#documenten .document__download").attr("href")))
			.andExpect(header().string("Content-Disposition", containsString("verslag.docx")))
			.andExpect(content().bytes(second));
		assertThat(page.links("#documenten details a"))
			.containsExactly("/doetanks/" + this.slug + "/documenten/" + id + "/versies/1");
		this.mvc.perform(get(versionForm).with(user(this.outsider))).andExpect(status().isForbidden());
	}

	@Test
	void aHostileFileComesBackWithItsReasonAndTheFormKept() throws Exception {
		Html form = Html.of(this.mvc
			.perform(upload("Plan", "OPENBAAR", UUID.randomUUID(), "plan.docx", UploadFiles.docxWithDdeAuto()))
			.andExpect(status().isOk()));

		assertThat(form.fieldError("file")).contains("DDE");
		assertThat(form.value("title")).isEqualTo("Plan");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM document d JOIN doetank t ON t.id = d.doetank_id WHERE t.slug = ?", Long.class,
				this.slug))
			.isZero();
	}

	@Test
	void theSameFormSentTwiceAddsOneDocument() throws Exception {
		UUID token = UUID.randomUUID();
		this.mvc.perform(upload("Presentatie", "OPENBAAR", token, "p.pdf", UploadFiles.pdf("Een")));
		this.mvc.perform(upload("Presentatie", "OPENBAAR", token, "p.pdf", UploadFiles.pdf("Een")))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#documenten"));

		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM document d JOIN doetank t ON t.id = d.doetank_id" + " WHERE t.slug = ?",
				Long.class, this.slug))
			.isEqualTo(1);
	}

	@Test
	void outsidersMayNotUploadABeheerderMayAndIsLogged() throws Exception {
		this.mvc.perform(get("/doetanks/" + this.slug + "/documenten/nieuw").with(user(this.outsider)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/doetanks/bestaat-niet/documenten/nieuw").with(user(this.trekker)))
			.andExpect(status().isNotFound());
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheerder");
		this.mvc
			.perform(multipart("/doetanks/" + this.slug + "/documenten/nieuw")
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", UploadFiles.pdf("Hulp")))
				.param("title", "Hulp")
				.param("kind", "OVERIG")
				.param("phase", "INITIEREN")
				.param("visibility", "OPENBAAR")
				.param("token", UUID.randomUUID().toString())
				.with(user(beheerder))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE kind = ? AND actor_id = ?",
				Long.class, AuditKind.STEPPED_IN.name(), beheerder.id()))
			.isEqualTo(1);
	}

	private MockMultipartHttpServletRequestBuilder upload(String title, String visibility, UUID token, String name,
			byte[] bytes) {
		MockMultipartHttpServletRequestBuilder request = multipart("/doetanks/" + this.slug + "/documenten/nieuw");
		request.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("title", title)
			.param("kind", "PLAN_VAN_AANPAK")
			.param("phase", "SCHETSEN")
			.param("visibility", visibility)
			.param("token", token.toString());
		request.with(user(this.trekker)).with(csrf());
		return request;
	}

}
