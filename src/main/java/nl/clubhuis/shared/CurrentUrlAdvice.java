package nl.clubhuis.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** Gives every page the links that switch its language while staying on the same page. */
@ControllerAdvice
class CurrentUrlAdvice {

	/**
	 * Just logged out (/?uitgelogd). Read from the query string: form parameters cannot
	 * be read after an upload was refused for its size, and every page, the error page
	 * too, asks this.
	 */
	@ModelAttribute("loggedOut")
	boolean loggedOut(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null
				&& UriComponentsBuilder.newInstance().query(query).build().getQueryParams().containsKey("uitgelogd");
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
