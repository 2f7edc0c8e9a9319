package nl.clubhuis.shared;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
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

	/**
	 * Markup a cut leaves unmatched: emphasis runs, a heading's hashes, a link's tail.
	 */
	private static final Pattern CUT_MARKUP = Pattern.compile("\\*{2,}|_{2,}|^\\s*#+\\s|\\]\\(\\S*");

	/**
	 * Character references to the control characters that mark a search match, which
	 * commonmark would turn into those characters: a member must not be able to mark
	 * text.
	 */
	private static final Pattern MARKER_REFERENCES = Pattern.compile("&#0*[23];|&#[xX]0*[23];");

	/** The opening bracket of a link whose tail a cut took (and CUT_MARKUP removed). */
	private static final Pattern CUT_LINK_START = Pattern.compile("(?<=^|\\s)\\[(?=[^\\]]*$)");

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

	/**
	 * The words of a piece of Markdown, also of a piece cut out of a longer text (a
	 * search snippet): links as their text, without emphasis, heading, quote or list
	 * markers, and without what is left of markup the cut went through ({@code **},
	 * {@code ](https://…)}) outside code. Code keeps its text. HTML someone typed is kept
	 * as text (escape it before showing it), and so are other characters, also the
	 * control characters that mark a match.
	 */
	public static String words(String fragment) {
		if (fragment == null) {
			return "";
		}
		StringBuilder words = new StringBuilder();
		PARSER.parse(MARKER_REFERENCES.matcher(fragment).replaceAll("")).accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				words.append(CUT_MARKUP.matcher(text.getLiteral()).replaceAll(""));
			}

			@Override
			public void visit(Code code) {
				words.append(code.getLiteral());
			}

			@Override
			public void visit(FencedCodeBlock code) {
				words.append(code.getLiteral()).append(' ');
			}

			@Override
			public void visit(IndentedCodeBlock code) {
				words.append(code.getLiteral()).append(' ');
			}

			@Override
			public void visit(HtmlInline html) {
				words.append(html.getLiteral());
			}

			@Override
			public void visit(HtmlBlock html) {
				words.append(html.getLiteral()).append(' ');
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				words.append(' ');
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				words.append(' ');
			}

			@Override
			protected void visitChildren(Node parent) {
				super.visitChildren(parent);
				if (parent instanceof Block || parent instanceof TableCell) {
					words.append(' ');
				}
			}
		});
		return CUT_LINK_START.matcher(words).replaceAll("").replaceAll("\\s+", " ").strip();
	}

}
