package nl.clubhuis.toolkit.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.FileNames;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Slugs;

import org.springframework.stereotype.Component;

/**
 * Checks a template file before it is kept, with the same rules as pictures: the content
 * decides what it is, never its name or the type the browser claims; only PDF and office
 * documents (Word, Excel, PowerPoint and OpenDocument) without macros are taken; the
 * portal names the file itself.
 */
@Component
public class TemplateUploads {

	private static final int MAX_ENTRIES = 5_000;

	private final long maxBytes;

	TemplateUploads(ClubhuisProperties properties) {
		this.maxBytes = properties.uploads().maxBytes();
	}

	public long maxMegabytes() {
		return this.maxBytes / (1024 * 1024);
	}

	/** A file that passed, with the name the portal gives it. */
	record CheckedFile(TemplateFileType type, String fileName, byte[] bytes) {
	}

	/** The file, checked, to be offered as "{title}.{ext}"; refused with a reason. */
	CheckedFile check(String originalName, byte[] bytes, String title) {
		if (bytes == null || bytes.length == 0) {
			throw new RuleViolationException("toolkit.template.noFile");
		}
		if (!FileNames.isSafe(originalName)) {
			throw new RuleViolationException("toolkit.template.badName");
		}
		if (bytes.length > this.maxBytes) {
			throw new RuleViolationException("toolkit.template.tooLarge");
		}
		try {
			TemplateFileType type = recognise(bytes);
			return new CheckedFile(type, Slugs.of(title) + "." + type.extension(), bytes);
		}
		catch (IOException ex) {
			throw new RuleViolationException("toolkit.template.unknownType");
		}
	}

	static TemplateFileType recognise(byte[] bytes) throws IOException {
		if (startsWith(bytes, "%PDF-")) {
			requireNoActiveContent(bytes);
			return TemplateFileType.PDF;
		}
		if (startsWith(bytes, "PK\u0003\u0004")) {
			return recogniseOfficeDocument(bytes);
		}
		throw new RuleViolationException("toolkit.template.unknownType");
	}

	/**
	 * PDF readers run scripts and open other programs when a document asks for it; a
	 * template never needs that. Downloads are attachments anyway, so this is a second
	 * line of defence.
	 */
	private static void requireNoActiveContent(byte[] bytes) {
		// A PDF name may hide its letters as #xx codes: /J#61vaScript is /JavaScript.
		String text = java.util.regex.Pattern.compile("#([0-9A-Fa-f]{2})")
			.matcher(new String(bytes, StandardCharsets.ISO_8859_1))
			.replaceAll((hex) -> java.util.regex.Matcher
				.quoteReplacement(String.valueOf((char) Integer.parseInt(hex.group(1), 16))));
		if (text.contains("/JavaScript") || text.contains("/JS") || text.contains("/Launch")
				|| text.contains("/EmbeddedFile")) {
			throw new RuleViolationException("toolkit.template.activeContent");
		}
	}

	/**
	 * Office documents are ZIP archives. Only their table of contents is read (from a
	 * temporary file, as ZipFile needs one), so a "zip bomb" is never unpacked.
	 */
	private static TemplateFileType recogniseOfficeDocument(byte[] bytes) throws IOException {
		Path temporary = Files.createTempFile("clubhuis-template", ".zip");
		try {
			Files.write(temporary, bytes);
			try (ZipFile zip = new ZipFile(temporary.toFile())) {
				if (zip.size() > MAX_ENTRIES) {
					throw new RuleViolationException("toolkit.template.unknownType");
				}
				List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
				if (names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).anyMatch(TemplateUploads::isMacro)) {
					throw new RuleViolationException("toolkit.template.activeContent");
				}
				if (names.contains("mimetype")) {
					return openDocumentType(zip);
				}
				if (names.contains("[Content_Types].xml")) {
					requireNoMacroParts(zip);
					return officeOpenXmlType(names);
				}
			}
		}
		catch (java.util.zip.ZipException ex) {
			throw new RuleViolationException("toolkit.template.unknownType");
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		throw new RuleViolationException("toolkit.template.unknownType");
	}

	/**
	 * Macros, scripts and embedded objects or programs, in Office and OpenDocument files.
	 */
	private static boolean isMacro(String entryName) {
		return entryName.endsWith("vbaproject.bin") || entryName.startsWith("basic/")
				|| entryName.startsWith("scripts/") || entryName.contains("activex")
				|| entryName.contains("/embeddings/") || entryName.contains("oleobject")
				|| entryName.startsWith("object ");
	}

	/**
	 * A macro-enabled document says so in its list of parts, whatever they are called.
	 */
	private static void requireNoMacroParts(ZipFile zip) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry("[Content_Types].xml"))) {
			String types = new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
			if (types.contains("macroenabled") || types.contains("vbaproject") || types.contains("oleobject")) {
				throw new RuleViolationException("toolkit.template.activeContent");
			}
		}
	}

	private static TemplateFileType openDocumentType(ZipFile zip) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry("mimetype"))) {
			String mimetype = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
			return switch (mimetype) {
				case "application/vnd.oasis.opendocument.text" -> TemplateFileType.ODT;
				case "application/vnd.oasis.opendocument.spreadsheet" -> TemplateFileType.ODS;
				case "application/vnd.oasis.opendocument.presentation" -> TemplateFileType.ODP;
				default -> throw new RuleViolationException("toolkit.template.unknownType");
			};
		}
	}

	private static TemplateFileType officeOpenXmlType(List<String> names) {
		if (names.contains("word/document.xml")) {
			return TemplateFileType.DOCX;
		}
		if (names.contains("xl/workbook.xml")) {
			return TemplateFileType.XLSX;
		}
		if (names.contains("ppt/presentation.xml")) {
			return TemplateFileType.PPTX;
		}
		throw new RuleViolationException("toolkit.template.unknownType");
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
		return bytes.length >= expected.length
				&& Arrays.equals(bytes, 0, expected.length, expected, 0, expected.length);
	}

}
