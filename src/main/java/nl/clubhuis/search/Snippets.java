package nl.clubhuis.search;

import nl.clubhuis.shared.Markdown;

import org.springframework.web.util.HtmlUtils;

/**
 * PostgreSQL marks the matching words with control characters no user text holds (input
 * is cleaned of them first); the snippet, cut out of a text members wrote in Markdown, is
 * reduced to its words, HTML-escaped, and only then are the markers turned into
 * {@code <mark>}.
 */
final class Snippets {

	static final char START = '\u0002';

	static final char STOP = '\u0003';

	static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=15";

	private Snippets() {
	}

	static String toHtml(String marked) {
		if (marked == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(Markdown.words(marked))
			.replace(String.valueOf(START), "<mark>")
			.replace(String.valueOf(STOP), "</mark>");
	}

	/** Control characters (NUL among them) removed, at most 200 characters, trimmed. */
	static String clean(String query) {
		if (query == null) {
			return "";
		}
		String cleaned = query.replaceAll("\\p{Cntrl}", " ").strip();
		return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
	}

}
