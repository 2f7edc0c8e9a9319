package nl.clubhuis.toolkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.shared.uploads.UploadFiles;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Template files: only the redactie uploads them, the content decides what they are, and
 * they are downloaded as attachments with safe headers.
 */
@IntegrationTest
class TemplateFilesTest {

	static final byte[] PDF = UploadFiles.pdf("Businesscase-blad");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	ToolkitCatalog catalog;

	MemberPrincipal redacteur;

	String slug;

	@BeforeEach
	void werkvorm() {
		this.redacteur = this.people.redacteur("Ria Redacteur");
		this.slug = this.werkvormen.create("Business case", Set.of(Phase.EVALUEREN), Set.of(), this.redacteur);
	}

	@Test
	void aPdfIsKeptUnderTheNameTheRedacteurGaveAndDownloadedSafely() throws Exception {
		this.mvc.perform(upload("Businesscase-blad", "mijn bestand.pdf", PDF).with(user(this.redacteur)))
			.andExpect(redirectedUrl("/toolkit/" + this.slug + "/bewerken#bestanden"));

		TemplateFile file = this.catalog.templates(this.slug).get(0);
		assertThat(file.fileName()).isEqualTo("businesscase-blad.pdf");
		this.mvc.perform(get("/toolkit/" + this.slug))
			.andExpect(content().string(containsString("Businesscase-blad")))
			.andExpect(content().string(containsString("(PDF, ")));
		this.mvc.perform(get("/toolkit/" + this.slug + "/bestanden/" + file.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("businesscase-blad.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/toolkit/pitch/bestanden/" + file.id())).andExpect(status().isNotFound());
	}

	@Test
	void theContentDecidesNotTheNameAndActiveContentIsRefused() throws Exception {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document form = page(
				this.mvc.perform(upload("Canvas", "canvas.pdf", html).with(user(this.redacteur)))
					.andExpect(status().isOk()));
		assertThat(form.text()).contains("herkennen we niet als PDF");
		assertThat(form.select("input[name=title]").val()).isEqualTo("Canvas");

		this.mvc.perform(upload("Canvas", "canvas.pdf", UploadFiles.pdfOpeningAWebsite()).with(user(this.redacteur)))
			.andExpect(content().string(containsString("opent vanzelf een website")));

		byte[] macroWorkbook = zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin");
		this.mvc.perform(upload("Rekenblad", "rekenblad.xlsx", macroWorkbook).with(user(this.redacteur)))
			.andExpect(content().string(containsString("macro")));

		// Hidden in a compressed object stream, where the old byte search never looked.
		this.mvc
			.perform(upload("Canvas", "canvas.pdf", UploadFiles.pdfWithJavaScriptInAnObjectStream())
				.with(user(this.redacteur)))
			.andExpect(content().string(containsString("bevat JavaScript")));
		byte[] embedded = zip("[Content_Types].xml", "word/document.xml", "word/embeddings/oleObject1.bin");
		this.mvc.perform(upload("Brief", "brief.docx", embedded).with(user(this.redacteur)))
			.andExpect(content().string(containsString("(OLE)")));

		byte[] plainZip = zip("readme.txt");
		this.mvc.perform(upload("Archief", "archief.docx", plainZip).with(user(this.redacteur)))
			.andExpect(content().string(containsString("herkennen we niet")));

		this.mvc.perform(upload("Pad", "../../etc/passwd.pdf", PDF).with(user(this.redacteur)))
			.andExpect(content().string(containsString("bestandsnaam")));
		this.mvc.perform(upload("", "leeg.pdf", PDF).with(user(this.redacteur)))
			.andExpect(content().string(containsString("Geef het bestand een naam")));
		assertThat(this.catalog.templates(this.slug)).isEmpty();
	}

	@Test
	void onlyTheRedactieUploadsAndRemovesFiles() throws Exception {
		MemberPrincipal member = this.people.member("Max Lid");
		this.mvc.perform(upload("Stiekem", "stiekem.pdf", PDF).with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(upload("Anoniem", "anoniem.pdf", PDF)).andExpect(redirectedUrl("/login"));

		this.mvc.perform(upload("Blad", "blad.pdf", PDF).with(user(this.redacteur)));
		Long id = this.catalog.templates(this.slug).get(0).id();
		this.mvc
			.perform(
					post("/toolkit/" + this.slug + "/bestanden/" + id + "/verwijderen").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/toolkit/" + this.slug + "/bestanden/" + id + "/verwijderen").with(user(this.redacteur))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.templates(this.slug)).isEmpty();
	}

	private MockMultipartHttpServletRequestBuilder upload(String title, String fileName, byte[] bytes) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/toolkit/" + this.slug + "/bestanden")
			.file(new MockMultipartFile("file", fileName, "application/pdf", bytes))
			.param("title", title)
			.with(csrf());
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static org.jsoup.nodes.Document page(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		return org.jsoup.Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
