package nl.clubhuis.shared.uploads;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a Word, Excel or PowerPoint file do things by itself: VBA macros and ActiveX
 * controls, DDE fields (in Word's field codes and Excel's DDE links), relationships to
 * something outside the file (an attached template on a server, a linked OLE object, a
 * frame), links to other workbooks, and embedded OLE objects. Read from the parts' names,
 * the content types and relationships, and the field codes, with a real XML parser.
 */
final class OfficeOpenXmlCheck {

	private static final Pattern DDE = Pattern.compile("(?i)\\bDDE(AUTO)?\\b");

	private OfficeOpenXmlCheck() {
	}

	static void requireSafe(ZipArchive zip) throws IOException {
		for (String name : zip.names()) {
			requireSafeName(name.toLowerCase(Locale.ROOT));
		}
		SafeXml.scan(zip.read("[Content_Types].xml"), (element) -> {
			String type = SafeXml.attribute(element, "ContentType").toLowerCase(Locale.ROOT);
			if (type.contains("macroenabled") || type.contains("vbaproject") || type.contains("activex")) {
				throw Refusal.MACRO.exception();
			}
			if (type.contains("oleobject")) {
				throw Refusal.OLE_OBJECT.exception();
			}
		});
		for (String name : zip.names()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.endsWith(".rels")) {
				SafeXml.scan(zip.read(name), OfficeOpenXmlCheck::requireSafeRelationship);
			}
			else if (lower.startsWith("word/") && lower.endsWith(".xml")) {
				requireNoDdeFields(zip, name);
			}
			else if (lower.startsWith("xl/externallinks/") && lower.endsWith(".xml")) {
				SafeXml.scan(zip.read(name), (element) -> {
					switch (element.getLocalName()) {
						case "ddeLink" -> throw Refusal.DDE.exception();
						case "oleLink" -> throw Refusal.OLE_OBJECT.exception();
						default -> {
						}
					}
				});
				// Whatever else it holds, it reaches for another workbook.
				throw Refusal.EXTERNAL_LINK.exception();
			}
		}
	}

	private static void requireSafeName(String name) {
		if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml") || name.contains("activex")) {
			throw Refusal.MACRO.exception();
		}
		if (name.contains("oleobject") || (name.contains("/embeddings/") && name.endsWith(".bin"))) {
			throw Refusal.OLE_OBJECT.exception();
		}
	}

	private static void requireSafeRelationship(javax.xml.stream.XMLStreamReader element) {
		if (!"Relationship".equals(element.getLocalName())) {
			return;
		}
		String type = SafeXml.attribute(element, "Type").toLowerCase(Locale.ROOT);
		if (type.endsWith("/vbaproject") || type.endsWith("/wordvbadata") || type.endsWith("/control")
				|| type.contains("activex")) {
			throw Refusal.MACRO.exception();
		}
		if (type.endsWith("/oleobject")) {
			throw Refusal.OLE_OBJECT.exception();
		}
		boolean external = "external".equalsIgnoreCase(SafeXml.attribute(element, "TargetMode").strip());
		if (external && !type.endsWith("/hyperlink")) {
			throw Refusal.EXTERNAL_LINK.exception();
		}
	}

	/**
	 * A field's code may be spread over several runs ({@code w:instrText}) between its
	 * begin and separate/end marks, and fields nest; {@code w:fldSimple} holds it whole.
	 */
	private static void requireNoDdeFields(ZipArchive zip, String name) throws IOException {
		Deque<StringBuilder> fields = new ArrayDeque<>();
		SafeXml.scan(zip.read(name), (element) -> {
			switch (element.getLocalName()) {
				case "fldSimple" -> requireNoDde(SafeXml.attribute(element, "instr"));
				case "fldChar" -> {
					String kind = SafeXml.attribute(element, "fldCharType");
					if ("begin".equals(kind)) {
						fields.push(new StringBuilder());
					}
					else if (!fields.isEmpty()) {
						requireNoDde(fields.peek());
						if ("end".equals(kind)) {
							fields.pop();
						}
					}
				}
				case "instrText" -> {
					String code = element.getElementText();
					requireNoDde(code);
					if (!fields.isEmpty()) {
						fields.peek().append(code);
					}
				}
				default -> {
				}
			}
		});
		for (StringBuilder unfinished : fields) {
			requireNoDde(unfinished);
		}
	}

	private static void requireNoDde(CharSequence fieldCode) {
		if (DDE.matcher(fieldCode).find()) {
			throw Refusal.DDE.exception();
		}
	}

}
