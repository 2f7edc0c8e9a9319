package nl.clubhuis.shared.uploads;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.FileNames;
import nl.clubhuis.shared.RateLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a document before it is kept. The content decides what it is, never its name or
 * the type the browser claims: a PDF (opened with Apache PDFBox), an Office file or an
 * OpenDocument file (read as a ZIP with limits, its XML parsed without DTDs). Anything
 * that runs, opens, fetches or hides something when the file is opened is refused:
 * scripts, macros, launch actions, DDE fields, external templates, OLE objects and
 * embedded files.
 */
@Component
public class DocumentCheck {

	private final long maxBytes;

	private final UploadAllowance allowance;

	@Autowired
	DocumentCheck(ClubhuisProperties properties, RateLimits limits) {
		this.maxBytes = properties.uploads().maxBytes();
		this.allowance = new UploadAllowance(limits);
	}

	/** A check without the upload limit (for tests of the check itself). */
	public DocumentCheck(long maxBytes) {
		this.maxBytes = maxBytes;
		this.allowance = UploadAllowance.NONE;
	}

	public long maxMegabytes() {
		return this.maxBytes / (1024 * 1024);
	}

	/**
	 * The document, checked; refused with a
	 * {@link nl.clubhuis.shared.RuleViolationException} whose key
	 * ({@code upload.refused.<reason>}) says why.
	 */
	public CheckedDocument check(String originalName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw Refusal.NO_FILE.exception();
		}
		if (!FileNames.isSafe(originalName)) {
			throw Refusal.BAD_NAME.exception();
		}
		if (bytes.length > this.maxBytes) {
			throw Refusal.TOO_LARGE.exception();
		}
		this.allowance.count();
		return new CheckedDocument(recognise(bytes), bytes);
	}

	static DocumentType recognise(byte[] bytes) {
		if (startsWith(bytes, "%PDF-")) {
			PdfCheck.requireSafe(bytes);
			return DocumentType.PDF;
		}
		if (startsWith(bytes, "PK\u0003\u0004")) {
			return ZipDocumentCheck.recognise(bytes);
		}
		throw Refusal.UNKNOWN_TYPE.exception();
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
		return bytes.length >= expected.length
				&& Arrays.equals(bytes, 0, expected.length, expected, 0, expected.length);
	}

}
