package nl.clubhuis.publishing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payloads an attacker would type, and a check that a rendered page holds nothing that
 * could run: no script or embedding elements, no event-handler attributes, no
 * javascript:, vbscript: or data: addresses. The check parses the page as a browser does,
 * so encoded tricks are decoded before they are judged.
 */
final class XssCorpus {

	static final List<String> PAYLOADS = List.of("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>",
			"<svg onload=alert(1)><circle r=10></svg>", "<svg><script>alert(1)</script></svg>",
			"<a href=\"javascript:alert(1)\">klik</a>", "[klik](javascript:alert(1))", "[klik](JaVaScRiPt:alert(1))",
			"[klik](java&#115;cript:alert(1))", "![plaatje](javascript:alert(1))",
			"[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"![data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
			"<iframe src=\"https://evil.example\"></iframe>", "<object data=\"evil.swf\"></object>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<a href=\"#\" onclick=\"alert(1)\">klik</a>",
			"<<script>script>alert(1)<</script>/script>", "<img src=\"x\" onerror=\"alert(1)\"",
			"\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<base href=\"https://evil.example/\">",
			"<form action=\"javascript:alert(1)\"><button>go</button></form>", "<details open ontoggle=alert(1)>",
			"[x](vbscript:msgbox(1))", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "svg", "math",
			"base", "meta", "style", "frame", "frameset", "applet");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "poster", "background");

	private XssCorpus() {
	}

	/**
	 * Fails when the content of the page could run anything; typed text only ever lands
	 * in {@code <main>} and in the title.
	 */
	static void assertNothingRuns(String html, String context) {
		Document document = Jsoup.parse(html);
		// The portal's own markup (the logo is an inline SVG) sits outside <main>.
		for (Element element : document.select("main").first().getAllElements()) {
			assertThat(FORBIDDEN_ELEMENTS).as("%s: element <%s>", context, element.tagName())
				.doesNotContain(element.tagName());
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as("%s: attribute %s on <%s>", context, name, element.tagName())
					.doesNotStartWith("on");
				assertThat(name).as("%s: inline style on <%s>", context, element.tagName()).isNotEqualTo("style");
				if (URL_ATTRIBUTES.contains(name)) {
					String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
					assertThat(value).as("%s: %s=%s", context, name, value)
						.doesNotStartWith("javascript:")
						.doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
			}
		}
		assertThat(document.head().select("script, base, meta[http-equiv]")).as("%s: head", context).isEmpty();
	}

}
