package nl.clubhuis.shared.uploads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Clean and hostile files to upload in tests, made in the test itself: PDFs built with
 * PDFBox, Office and OpenDocument files as the ZIP archives they are, PNG headers.
 */
public final class UploadFiles {

	private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String OFFICE_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	private UploadFiles() {
	}

	/** A one-page PDF with a line of text (and a normal web link, which is fine). */
	public static byte[] pdf(String text) {
		return pdf(text, (document) -> {
		});
	}

	public static byte[] pdfWithJavaScriptInAnObjectStream() {
		return pdf("Script", (document) -> {
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("start", new PDActionJavaScript("app.alert('hallo');")));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setJavascript(scripts);
			document.getDocumentCatalog().setNames(names);
		});
	}

	public static byte[] pdfOpeningAWebsite() {
		return pdf("Open", (document) -> {
			PDActionURI visit = new PDActionURI();
			visit.setURI("https://tracker.example.org/geopend");
			document.getDocumentCatalog().setOpenAction(visit);
		});
	}

	public static byte[] pdfWithALaunchLink() {
		return pdf("Launch", (document) -> {
			PDActionLaunch launch = new PDActionLaunch();
			PDComplexFileSpecification program = new PDComplexFileSpecification();
			program.setFile("C:\\Windows\\System32\\cmd.exe");
			launch.setFile(program);
			link(document, launch);
		});
	}

	public static byte[] pdfWithAnEmbeddedFile() {
		return pdf("Bijlage", (document) -> {
			try {
				PDEmbeddedFile embedded = new PDEmbeddedFile(document,
						new ByteArrayInputStream("MZ pretend program".getBytes(StandardCharsets.US_ASCII)));
				PDComplexFileSpecification file = new PDComplexFileSpecification();
				file.setFile("factuur.exe");
				file.setEmbeddedFile(embedded);
				PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
				files.setNames(Map.of("factuur.exe", file));
				PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
				names.setEmbeddedFiles(files);
				document.getDocumentCatalog().setNames(names);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A page whose content stream unpacks to 100 MB of zeros from about 100 KB. */
	public static byte[] pdfBomb() {
		return pdf("Bom", (document) -> {
			try {
				COSStream stream = document.getDocument().createCOSStream();
				try (OutputStream out = stream.createRawOutputStream()) {
					out.write(deflatedZeros(100 * 1024 * 1024));
				}
				stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
				document.getPage(0).setContents(new PDStream(stream));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void link(PDDocument document, org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
		try {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			link.setAction(action);
			document.getPage(0).getAnnotations().add(link);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saved with compression, so the catalog and its dictionaries sit in object streams.
	 */
	private static byte[] pdf(String text, Consumer<PDDocument> change) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(50, 750);
				content.showText(text);
				content.endText();
			}
			PDActionURI web = new PDActionURI();
			web.setURI("https://www.example.org/");
			link(document, web);
			change.accept(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.DEFAULT_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Word document with a paragraph, and a web link (an external hyperlink, which is
	 * fine).
	 */
	public static byte[] docx() {
		return docx(paragraph("Plan van aanpak"), Map.of());
	}

	/** A DDEAUTO field, its code split over two runs as Word does. */
	public static byte[] docxWithDdeAuto() {
		return docx("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
				+ "<w:r><w:instrText xml:space=\"preserve\"> DDE</w:instrText></w:r>"
				+ "<w:r><w:instrText xml:space=\"preserve\">AUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\"</w:instrText></w:r>"
				+ "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>x</w:t></w:r>"
				+ "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>", Map.of());
	}

	public static byte[] docxWithARemoteTemplate() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("word/settings.xml",
				"<w:settings xmlns:w=\"" + WORD
						+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
						+ "<w:attachedTemplate r:id=\"rId1\"/></w:settings>");
		parts.put("word/_rels/settings.xml.rels", relationships("<Relationship Id=\"rId1\" Type=\""
				+ OFFICE_RELATIONSHIP
				+ "attachedTemplate\" Target=\"https://sjablonen.example.org/sjabloon.dotm\" TargetMode=\"External\"/>"));
		return docx(paragraph("Met sjabloon"), parts);
	}

	public static byte[] docxWithVbaProject() {
		return docx(paragraph("Met macro"), Map.of("word/vbaProject.bin", "pretend VBA"));
	}

	public static byte[] docxWithAnOleObject() {
		return docx(paragraph("Met object"), Map.of("word/embeddings/oleObject1.bin", "pretend OLE"));
	}

	/** A Word document whose text unpacks 1,000 times larger than it is packed. */
	public static byte[] docxBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "[Content_Types].xml", contentTypes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A workbook that reads a cell through DDE from another program. */
	public static byte[] xlsxWithADdeLink() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", contentTypes());
		parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
		parts.put("xl/externalLinks/externalLink1.xml",
				"<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<ddeLink ddeService=\"cmd\" ddeTopic=\"/c calc\"/></externalLink>");
		return zip(parts);
	}

	private static String paragraph(String text) {
		return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
	}

	private static byte[] docx(String body, Map<String, String> more) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", contentTypes());
		parts.put("_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + OFFICE_RELATIONSHIP
				+ "officeDocument\" Target=\"word/document.xml\"/>"));
		parts.put("word/document.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + WORD
						+ "\"><w:body>" + body + "</w:body></w:document>");
		parts.put("word/_rels/document.xml.rels", relationships("<Relationship Id=\"rId9\" Type=\""
				+ OFFICE_RELATIONSHIP + "hyperlink\" Target=\"https://www.example.org/\" TargetMode=\"External\"/>"));
		parts.putAll(more);
		return zip(parts);
	}

	private static String contentTypes() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
				+ "</Types>";
	}

	private static String relationships(String content) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELATIONSHIPS + "\">" + content
				+ "</Relationships>";
	}

	/**
	 * An OpenDocument text; {@code office:scripts} stays empty, as LibreOffice writes it.
	 */
	public static byte[] odt() {
		return odt("<office:scripts/>");
	}

	public static byte[] odtWithAnEventListener() {
		return odt("<office:scripts><office:event-listeners><script:event-listener script:language=\"ooo:script\""
				+ " script:event-name=\"dom:load\" xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document\"/>"
				+ "</office:event-listeners></office:scripts>");
	}

	private static byte[] odt(String scripts) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("mimetype", "application/vnd.oasis.opendocument.text");
		parts.put("META-INF/manifest.xml",
				"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
						+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
						+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
						+ "</manifest:manifest>");
		parts.put("content.xml",
				"<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
						+ " xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
						+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">" + scripts
						+ "<office:body><office:text><text:p>Verslag</text:p></office:text></office:body></office:document-content>");
		return zip(parts);
	}

	/**
	 * A PNG whose header says it is {@code width} by {@code height} pixels; the rest is a
	 * stub.
	 */
	public static byte[] pngHeader(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array());
		chunk(out, "IDAT", deflatedZeros(1024));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] deflatedZeros(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
			byte[] zeros = new byte[Math.min(size, 1024 * 1024)];
			for (int left = size; left > 0; left -= zeros.length) {
				deflate.write(zeros, 0, Math.min(left, zeros.length));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] zip(Map<String, String> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				put(zip, part.getKey(), part.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
