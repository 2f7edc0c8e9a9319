package nl.clubhuis.shared;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The parts of every page's layout that everyone sees alike (the head's links, the brand
 * and search, the main menu, a member's menu links, the footer), drawn once per language
 * with {@link SharedMarkup} ({@code fragments/chrome.html}) and put into the layout as
 * {@code @layoutChrome}. Drawing them anew was about a third of a member's page (measured
 * on /doetanks). What is a member's own (their name, unread notifications, the logout
 * form with its token) and what links to the page itself stay in the layout.
 */
@Component("layoutChrome")
public class LayoutChrome {

	/** The parts of the site the main menu marks; any other page marks none. */
	static final Set<String> MENU_SECTIONS = Set.of("doetanks", "vragen", "lessen", "toolkit", "inspiratiewijzer",
			"agenda", "nieuws", "cafeblog", "blogs", "partners", "route");

	private final SharedMarkup markup;

	LayoutChrome(SharedMarkup markup) {
		this.markup = markup;
	}

	public String head() {
		return this.markup.render("", "fragments/chrome :: head", Map::of);
	}

	public String top() {
		return this.markup.render("", "fragments/chrome :: top", Map::of);
	}

	/** The main menu with {@code navSection} marked as the current part of the site. */
	public String mainNav(String navSection) {
		String current = (navSection != null && MENU_SECTIONS.contains(navSection)) ? navSection : "";
		return this.markup.render(current, "fragments/chrome :: mainNav(current=${current})",
				() -> Map.of("current", current));
	}

	/** A member's menu up to their notifications: intake for coaches and beheerders. */
	public String memberStart(boolean intake, boolean redactie) {
		return this.markup.render(intake + ":" + redactie,
				"fragments/chrome :: memberStart(intake=${intake}, redactie=${redactie})",
				() -> Map.of("intake", intake, "redactie", redactie));
	}

	/** A member's menu after their notifications. */
	public String memberEnd(boolean beheer) {
		return this.markup.render(String.valueOf(beheer), "fragments/chrome :: memberEnd(beheer=${beheer})",
				() -> Map.of("beheer", beheer));
	}

	public String footer() {
		return this.markup.render("", "fragments/chrome :: footer", Map::of);
	}

}
