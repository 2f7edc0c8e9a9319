package nl.clubhuis.shared.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.clubhuis.shared.RuleViolationException;

/**
 * Office Open XML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp) files: both are ZIP
 * archives, told apart by what is inside them.
 */
final class ZipDocumentCheck {

	private ZipDocumentCheck() {
	}

	static DocumentType recognise(byte[] bytes) {
		try (ZipArchive zip = ZipArchive.open(bytes)) {
			if (zip.has("mimetype")) {
				DocumentType type = openDocumentType(zip);
				OpenDocumentCheck.requireSafe(zip);
				return type;
			}
			if (zip.has("[Content_Types].xml")) {
				DocumentType type = officeOpenXmlType(zip);
				OfficeOpenXmlCheck.requireSafe(zip);
				return type;
			}
			throw Refusal.UNKNOWN_TYPE.exception();
		}
		catch (IOException | UncheckedIOException ex) {
			throw Refusal.DAMAGED.exception();
		}
		catch (RuleViolationException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Anything else the ZIP or XML readers choke on: a damaged file.
			throw Refusal.DAMAGED.exception();
		}
	}

	private static DocumentType openDocumentType(ZipArchive zip) throws IOException {
		try (InputStream in = zip.read("mimetype")) {
			String mimetype = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
			for (DocumentType type : new DocumentType[] { DocumentType.ODT, DocumentType.ODS, DocumentType.ODP }) {
				if (type.contentType().equals(mimetype)) {
					return type;
				}
			}
			throw Refusal.UNKNOWN_TYPE.exception();
		}
	}

	private static DocumentType officeOpenXmlType(ZipArchive zip) {
		if (zip.has("word/document.xml")) {
			return DocumentType.DOCX;
		}
		if (zip.has("xl/workbook.xml")) {
			return DocumentType.XLSX;
		}
		if (zip.has("ppt/presentation.xml")) {
			return DocumentType.PPTX;
		}
		throw Refusal.UNKNOWN_TYPE.exception();
	}

}
