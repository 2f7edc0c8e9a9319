package nl.clubhuis.site;

import java.time.LocalDate;
import java.util.Locale;

import nl.clubhuis.shared.ClubhuisProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy statement (/privacy) and the accessibility statement (/toegankelijkheid).
 * Their long texts live in one template per language ({@code site/privacy-nl.html},
 * {@code site/privacy-en.html}); {@code StatementsTest} keeps both languages' sections in
 * step.
 */
@Controller
class StatementsController {

	/** When the statements were last checked against what the portal stores and tests. */
	static final LocalDate REVIEWED_ON = LocalDate.of(2026, 12, 2);

	private final ClubhuisProperties properties;

	StatementsController(ClubhuisProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/privacy")
	String privacy(Locale locale, Model model) {
		return statement("privacy", locale, model);
	}

	@GetMapping("/toegankelijkheid")
	String accessibility(Locale locale, Model model) {
		return statement("accessibility", locale, model);
	}

	private String statement(String name, Locale locale, Model model) {
		model.addAttribute("contact", this.properties.privacyContact());
		model.addAttribute("reviewedOn", REVIEWED_ON);
		return "site/" + name + "-" + language(locale);
	}

	static String language(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "nl";
	}

}
