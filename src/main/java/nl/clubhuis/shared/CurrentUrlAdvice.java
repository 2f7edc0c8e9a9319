package nl.clubhuis.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the links that switch its language while staying on the same page. */
@ControllerAdvice
class CurrentUrlAdvice {

	/** Just logged out (/?uitgelogd). */
	@ModelAttribute("loggedOut")
	boolean loggedOut(HttpServletRequest request) {
		return QueryStrings.of(request).containsKey("uitgelogd");
	}

	/**
	 * The part of the site a page belongs to, so the menu can mark it: the first step of
	 * its address ("toolkit" for /toolkit/pitch), "lessen" for the lessons.
	 */
	@ModelAttribute("navSection")
	String navSection(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/doetanks/lessen")) {
			return "lessen";
		}
		String[] steps = path.split("/");
		return (steps.length > 1) ? steps[1] : "";
	}

	/**
	 * Where a "log in" link on this page brings the member back to: this page, for a page
	 * one can come back to (read with GET, not the login or registration itself).
	 */
	@ModelAttribute("herePath")
	String herePath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod()) || path.startsWith("/registreren") || path.startsWith("/error")) {
			return null;
		}
		String query = UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("lang")
			.build()
			.toUriString();
		return LocalPath.orNull(query);
	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		return new LanguageLinks(withLanguage(request, "nl"), withLanguage(request, "en"));
	}

	private static String withLanguage(HttpServletRequest request, String language) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	public record LanguageLinks(String dutch, String english) {
	}

}
