package nl.clubhuis.shared.uploads;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Documents are read by real parsers: a corpus of hostile files, made here, is refused
 * with its reason, each within a second; clean files pass and are named by their content.
 */
class DocumentCheckTest {

	static final DocumentCheck check = new DocumentCheck(8L * 1024 * 1024);

	@BeforeAll
	static void loadTheParsers() {
		// Class loading is not what is measured.
		check.check("warm.pdf", UploadFiles.pdf("Warm"));
		check.check("warm.docx", UploadFiles.docx());
		check.check("warm.odt", UploadFiles.odt());
	}

	static Stream<Arguments> hostileFiles() {
		return Stream.of(
				Arguments.of("PDF with JavaScript in an object stream", UploadFiles.pdfWithJavaScriptInAnObjectStream(),
						"javascript"),
				Arguments.of("PDF that opens a website", UploadFiles.pdfOpeningAWebsite(), "action"),
				Arguments.of("PDF with a launch action", UploadFiles.pdfWithALaunchLink(), "launch"),
				Arguments.of("PDF with an embedded file", UploadFiles.pdfWithAnEmbeddedFile(), "embeddedFile"),
				Arguments.of("PDF decompression bomb", UploadFiles.pdfBomb(), "bomb"),
				Arguments.of("DOCX with DDEAUTO", UploadFiles.docxWithDdeAuto(), "dde"),
				Arguments.of("DOCX with a remote template", UploadFiles.docxWithARemoteTemplate(), "externalLink"),
				Arguments.of("DOCX with vbaProject.bin", UploadFiles.docxWithVbaProject(), "macro"),
				Arguments.of("DOCX with an OLE object", UploadFiles.docxWithAnOleObject(), "oleObject"),
				Arguments.of("XLSX with a DDE link", UploadFiles.xlsxWithADdeLink(), "dde"),
				Arguments.of("ODT with an event listener", UploadFiles.odtWithAnEventListener(), "script"),
				Arguments.of("ZIP decompression bomb", UploadFiles.docxBomb(), "bomb"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void aHostileFileIsRefusedWithItsReasonWithinASecond(String name, byte[] bytes, String reason) {
		assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> assertThatThrownBy(() -> check.check("bestand", bytes)).isInstanceOfSatisfying(
						RuleViolationException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused." + reason)));
	}

	@Test
	void theScriptIsHiddenFromAByteSearch() {
		String raw = new String(UploadFiles.pdfWithJavaScriptInAnObjectStream(), StandardCharsets.ISO_8859_1);

		assertThat(raw).doesNotContain("JavaScript").contains("/ObjStm");
	}

	@Test
	void cleanFilesPassAndAreNamedByTheirContent() {
		assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
			CheckedDocument pdf = check.check("mijn bestand.docx", UploadFiles.pdf("Plan van aanpak"));
			assertThat(pdf.type()).isEqualTo(DocumentType.PDF);
			assertThat(pdf.fileName("Businesscase-blad")).isEqualTo("businesscase-blad.pdf");
			assertThat(check.check("plan.docx", UploadFiles.docx()).type()).isEqualTo(DocumentType.DOCX);
			assertThat(check.check("verslag.odt", UploadFiles.odt()).type()).isEqualTo(DocumentType.ODT);
		});
	}

	@Test
	void whatIsNeitherPdfNorOfficeIsNotRecognised() {
		refused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "unknownType");
		refused("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1), "damaged");
		refused("%PDF-1.7\n garbage".getBytes(StandardCharsets.ISO_8859_1), "damaged");
	}

	@Test
	void anEmptyBadlyNamedOrTooLargeFileIsRefused() {
		DocumentCheck small = new DocumentCheck(1024);
		assertThatThrownBy(() -> small.check("leeg.pdf", new byte[0])).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused.noFile"));
		assertThatThrownBy(() -> small.check("../../etc/passwd.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused.badName"));
		assertThatThrownBy(() -> small.check("groot.pdf", new byte[2048])).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused.tooLarge"));
	}

	private static void refused(byte[] bytes, String reason) {
		assertThatThrownBy(() -> check.check("bestand", bytes)).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("upload.refused." + reason));
	}

}
