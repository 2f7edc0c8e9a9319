package nl.clubhuis.toolkit.domain;

import nl.clubhuis.shared.ClubhuisProperties;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template file's content decides what it is; active content is refused. */
class TemplateUploadsTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
		.getBytes(StandardCharsets.ISO_8859_1);

	final TemplateUploads uploads = new TemplateUploads(
			new ClubhuisProperties("http://localhost:8080", new ClubhuisProperties.Mail("clubhuis@example.org"),
					new ClubhuisProperties.Uploads(1024), "privacy@example.org", null));

	@Test
	void aCheckedFileIsNamedAfterItsTitleAndItsContent() {
		TemplateUploads.CheckedFile file = this.uploads.check("mijn bestand.docx", PDF, "Businesscase-blad");

		assertThat(file.type()).isEqualTo(TemplateFileType.PDF);
		assertThat(file.fileName()).isEqualTo("businesscase-blad.pdf");
	}

	@Test
	void officeAndOpenDocumentFilesAreRecognisedByWhatIsInside() throws IOException {
		assertThat(TemplateUploads.recognise(zip("[Content_Types].xml", "xl/workbook.xml")))
			.isEqualTo(TemplateFileType.XLSX);
		assertThat(TemplateUploads.recognise(zip("[Content_Types].xml", "word/document.xml")))
			.isEqualTo(TemplateFileType.DOCX);
		assertThat(TemplateUploads.recognise(zip("[Content_Types].xml", "ppt/presentation.xml")))
			.isEqualTo(TemplateFileType.PPTX);
		assertThat(TemplateUploads.recognise(openDocument("application/vnd.oasis.opendocument.spreadsheet")))
			.isEqualTo(TemplateFileType.ODS);
		assertThat(TemplateUploads.recognise(openDocument("application/vnd.oasis.opendocument.text")))
			.isEqualTo(TemplateFileType.ODT);
		assertRefused(openDocument("application/x-shockwave-flash"), "toolkit.template.unknownType");
		assertRefused(zip("readme.txt"), "toolkit.template.unknownType");
		assertRefused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
				"toolkit.template.unknownType");
	}

	@Test
	void scriptsMacrosAndEmbeddedFilesAreRefusedAlsoWhenHidden() throws IOException {
		assertRefused("%PDF-1.4\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"
			.getBytes(StandardCharsets.ISO_8859_1), "toolkit.template.activeContent");
		assertRefused("%PDF-1.4\n<< /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>"
			.getBytes(StandardCharsets.ISO_8859_1), "toolkit.template.activeContent");
		assertRefused(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"),
				"toolkit.template.activeContent");
		assertRefused(zip("[Content_Types].xml", "word/document.xml", "word/embeddings/oleObject1.bin"),
				"toolkit.template.activeContent");
	}

	@Test
	void anEmptyBadlyNamedOrTooLargeFileIsRefused() {
		assertThatThrownBy(() -> this.uploads.check("leeg.pdf", new byte[0], "Leeg")).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("toolkit.template.noFile"));
		assertThatThrownBy(() -> this.uploads.check("../../etc/passwd.pdf", PDF, "Pad")).isInstanceOfSatisfying(
				RuleViolationException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("toolkit.template.badName"));
		assertThatThrownBy(() -> this.uploads.check("groot.pdf", new byte[2048], "Groot")).isInstanceOfSatisfying(
				RuleViolationException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("toolkit.template.tooLarge"));
	}

	private static void assertRefused(byte[] bytes, String messageKey) {
		assertThatThrownBy(() -> TemplateUploads.recognise(bytes)).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private static byte[] openDocument(String mimetype) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
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

}
