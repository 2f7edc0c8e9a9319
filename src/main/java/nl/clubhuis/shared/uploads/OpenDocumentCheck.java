package nl.clubhuis.shared.uploads;

import java.io.IOException;
import java.util.Locale;

/**
 * What makes an OpenDocument file run something: Basic macros and scripts (as parts, in
 * its manifest), event listeners that start them, hyperlinks to macros, and embedded OLE
 * objects.
 */
final class OpenDocumentCheck {

	private OpenDocumentCheck() {
	}

	static void requireSafe(ZipArchive zip) throws IOException {
		for (String name : zip.names()) {
			if (isScript(name)) {
				throw Refusal.SCRIPT.exception();
			}
		}
		if (zip.has("META-INF/manifest.xml")) {
			SafeXml.scan(zip.read("META-INF/manifest.xml"), (element) -> {
				if ("file-entry".equals(element.getLocalName())) {
					String type = SafeXml.attribute(element, "media-type").toLowerCase(Locale.ROOT);
					if (isScript(SafeXml.attribute(element, "full-path")) || type.contains("script")
							|| type.contains("basic")) {
						throw Refusal.SCRIPT.exception();
					}
					if (type.contains("oleobject")) {
						throw Refusal.OLE_OBJECT.exception();
					}
				}
			});
		}
		for (String name : zip.names()) {
			if (name.endsWith("content.xml") || name.endsWith("styles.xml")) {
				SafeXml.scan(zip.read(name), (element) -> {
					String local = element.getLocalName();
					String link = SafeXml.attribute(element, "href").toLowerCase(Locale.ROOT).strip();
					if (local.equals("event-listener") || local.equals("event-listeners")
							|| link.startsWith("vnd.sun.star.script:") || link.startsWith("macro:")) {
						throw Refusal.SCRIPT.exception();
					}
				});
			}
		}
	}

	private static boolean isScript(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		return lower.startsWith("basic/") || lower.startsWith("scripts/");
	}

}
