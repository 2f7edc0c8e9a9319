package nl.clubhuis;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page as a browser reads it, for assertions on what a user sees: the visible text of
 * elements, what a form field holds, which boxes are ticked, where links go, and the
 * error shown at a field. Tests never look at the markup itself, so a changed attribute
 * order or class name does not break them while a changed text or value does.
 * <p>
 * Methods that read one element fail when the selector finds nothing, so an assertion
 * that something is absent can never pass only because the selector was wrong; use
 * {@link #has(String)} or {@link #all(String)} to assert that an element is absent.
 */
public final class Html {

	private final Document document;

	private Html(Document document) {
		this.document = document;
	}

	/** The page of a MockMvc response (read as UTF-8, as a browser does). */
	public static Html of(MvcResult result) {
		try {
			return parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The page of a performed MockMvc request. */
	public static Html of(ResultActions actions) {
		return of(actions.andReturn());
	}

	public static Html parse(String html) {
		return new Html(Jsoup.parse(html));
	}

	public Document document() {
		return this.document;
	}

	/** The text of the title in the browser tab. */
	public String title() {
		return this.document.title();
	}

	/** The language the page says it is in ({@code <html lang>}). */
	public String lang() {
		return this.document.selectFirst("html").attr("lang");
	}

	/**
	 * All text of the page body as it reads, with white space normalised (what is inside
	 * {@code <script>} and {@code <style>} is not text).
	 */
	public String text() {
		return this.document.body().text();
	}

	/**
	 * The text of every element the selector finds, joined with spaces; fails when the
	 * selector finds nothing.
	 */
	public String text(String selector) {
		return found(selector).text();
	}

	/** The text of each element the selector finds, in page order (maybe none). */
	public List<String> texts(String selector) {
		return this.document.select(selector).eachText();
	}

	/** The elements the selector finds (maybe none). */
	public Elements all(String selector) {
		return this.document.select(selector);
	}

	/** The one element the selector finds; fails when it finds none or several. */
	public Element one(String selector) {
		Elements found = found(selector);
		assertThat(found).as("elements matching '%s'", selector).hasSize(1);
		return found.first();
	}

	public boolean has(String selector) {
		return !this.document.select(selector).isEmpty();
	}

	/** Where the links on the page lead ({@code href} of every {@code <a>}). */
	public List<String> links() {
		return links("body");
	}

	/** Where the links inside the elements the selector finds lead. */
	public List<String> links(String selector) {
		return found(selector).select("a[href]").eachAttr("href");
	}

	/** The texts of links that lead to the address. */
	public List<String> linkTexts(String href) {
		List<String> texts = new ArrayList<>();
		for (Element link : this.document.select("a[href]")) {
			if (link.attr("href").equals(href)) {
				texts.add(link.text());
			}
		}
		return texts;
	}

	/**
	 * The feeds the page announces to browsers and feed readers
	 * ({@code <link rel="alternate" type="application/atom+xml">}).
	 */
	public List<String> feeds() {
		return this.document.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href");
	}

	/**
	 * The one form control (input, textarea, select) with this name; fails when there is
	 * none or when several share the name (see {@link #checked(String)} for radio buttons
	 * and check boxes).
	 */
	public Element field(String name) {
		Elements controls = controls(name);
		assertThat(controls).as("form fields named '%s'", name).hasSize(1);
		return controls.first();
	}

	/**
	 * What the field with this name holds as the user sees it: the typed value of an
	 * input, the text of a textarea, the value of the chosen option of a select.
	 */
	public String value(String name) {
		Element field = field(name);
		if (field.normalName().equals("select")) {
			Element chosen = field.selectFirst("option[selected]");
			return (chosen != null) ? chosen.attr("value") : "";
		}
		return field.val();
	}

	/** The values of the ticked check boxes or chosen radio button with this name. */
	public List<String> checked(String name) {
		Elements controls = controls(name);
		assertThat(controls).as("form fields named '%s'", name).isNotEmpty();
		return controls.select("[checked]").eachAttr("value");
	}

	public boolean isChecked(String name, String value) {
		return checked(name).contains(value);
	}

	/** The values of the options of the select with this name. */
	public List<String> options(String name) {
		return field(name).select("option").eachAttr("value");
	}

	/** The label a user reads next to the field with this id. */
	public String label(String id) {
		return text("label[for=" + id + "]");
	}

	/**
	 * The error a user reads at the field with this name, or {@code null} when there is
	 * none: the error the field, or the group of checkboxes or radio buttons it is in,
	 * points to with {@code aria-describedby} (what a screen reader reads with it; a
	 * group only for its own checkboxes and radio buttons). An error shown in the field's
	 * group that neither points to fails the test.
	 */
	public String fieldError(String name) {
		Element control = controls(name).first();
		assertThat(control).as("a form field named '%s'", name).isNotNull();
		Element group = control.closest(".field, fieldset");
		boolean choice = control.is("input[type=radio], input[type=checkbox]");
		for (Element described : List.of(control, (choice && group != null) ? group : control)) {
			for (String id : described.attr("aria-describedby").split("\\s+")) {
				Element error = id.isEmpty() ? null : this.document.getElementById(id);
				if (error != null && error.hasClass("field__error")) {
					return error.text();
				}
			}
		}
		Element shown = (group != null && (choice || !group.is("fieldset"))) ? group.selectFirst("> .field__error")
				: null;
		assertThat(shown).as("the error at '%s' is not tied to it with aria-describedby", name).isNull();
		return null;
	}

	/** The lines of the summary of what is wrong at the top of a form. */
	public List<String> errorSummary() {
		return texts(".error-summary li");
	}

	/** The alternative text of every image, in page order. */
	public List<String> imageTexts() {
		return this.document.select("img").eachAttr("alt");
	}

	private Elements controls(String name) {
		return this.document.select("input, textarea, select")
			.stream()
			.filter((control) -> control.attr("name").equals(name))
			.collect(Elements::new, Elements::add, Elements::addAll);
	}

	private Elements found(String selector) {
		Elements found = this.document.select(selector);
		assertThat(found).as("elements matching '%s'", selector).isNotEmpty();
		return found;
	}

}
