package nl.clubhuis.shared;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What members type as Markdown, turned into HTML that is safe to show. commonmark-java
 * escapes raw HTML and unsafe link targets; the OWASP sanitizer then keeps only a known
 * list of elements and attributes, so nothing executes whatever is typed.
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "em", "strong",
				"del", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td")
		// A post has one page title; headings in its text start one level below it.
		.allowElements((name, attributes) -> "h2", "h1")
		.allowAttributes("href")
		.onElements("a")
		.allowStandardUrlProtocols()
		.requireRelNofollowOnLinks()
		.allowAttributes("start")
		.matching(true, "[0-9]{1,6}")
		.onElements("ol")
		.allowAttributes("align")
		.matching(true, "left", "right", "center")
		.onElements("th", "td")
		.toFactory();

	private Markdown() {
	}

	/** Safe HTML for a Markdown text; empty for no text. */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return sanitize(HTML.render(PARSER.parse(markdown)));
	}

	/** Keeps only the elements and attributes above from any HTML. */
	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/**
	 * The text of a Markdown document without its markup, cut at a word boundary to at
	 * most {@code maxLength} characters: for excerpts and feeds.
	 */
	public static String toPlainText(String markdown, int maxLength) {
		if (markdown == null) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		String text = TEXT.render(document).replaceAll("\\s+", " ").strip();
		if (text.length() <= maxLength) {
			return text;
		}
		String cut = text.substring(0, maxLength - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > maxLength / 2) ? cut.substring(0, space) : cut) + "…";
	}

}
