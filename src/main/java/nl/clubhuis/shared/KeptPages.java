package nl.clubhuis.shared;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page as one member sees it, drawn once and kept for that member
 * ({@link MemberContent}) until anything in the content changes: for a page a member
 * comes back to while they work (their Doetank's page), which reads a dozen modules'
 * parts every time it is drawn. What is kept is the page's title and main part
 * ({@code #pagina}, as every page template has it); the layout around it (the header with
 * the member's notifications, a message after a change) is drawn for every request. The
 * forms in the main part carry this request's CSRF token: it is kept as a placeholder and
 * filled in for every request.
 * <p>
 * Drawn anew, and not through what is kept, for a visitor, after a redirect that carries
 * attributes (a message, a form with its errors) and when a form the member sent before
 * logging in waits to be put back ({@link KeptFormInterceptor} fills the model after the
 * controller). A page with a form shown again with errors is not drawn through here at
 * all. The key holds the member, the language and the request's path and query; the
 * caller adds what else the page depends on (the member's roles).
 */
@Component
public class KeptPages {

	/** The template that puts a kept title and main part into the layout. */
	static final String KEPT_VIEW = "kept-page";

	/** Unknown outside this process, so no text in a page can be taken for it. */
	private static final String TOKEN_PLACEHOLDER = "csrf-" + UUID.randomUUID();

	private final MemberContent kept;

	private final ThymeleafViewResolver views;

	KeptPages(MemberContent kept, ThymeleafViewResolver views) {
		this.kept = kept;
		this.views = views;
	}

	/**
	 * The view to show: the page kept for this member under {@code key}, or, for a
	 * visitor (a null {@code memberId}), what {@code fill} puts in the model and names.
	 * {@code fill} fills {@code model} and returns the page's template; it runs only when
	 * the page is drawn, so it must do everything the page needs.
	 */
	public String page(Long memberId, String key, Model model, Supplier<String> fill) {
		HttpServletRequest request = currentRequest();
		if (memberId == null || KeptForm.waitsIn(request) || hasFlash(request)) {
			return fill.get();
		}
		Locale locale = LocaleContextHolder.getLocale();
		String query = request.getQueryString();
		String page = request.getRequestURI() + ((query != null) ? "?" + query : "");
		KeptPage drawn = this.kept.get(memberId, "page:" + locale.toLanguageTag() + ":" + page + ":" + key,
				() -> draw(fill.get(), model.asMap(), locale, request));
		model.addAttribute("keptPage", drawn.withToken(csrfToken(request)));
		return KEPT_VIEW;
	}

	private KeptPage draw(String view, Map<String, Object> variables, Locale locale, HttpServletRequest request) {
		String token = csrfToken(request);
		return new KeptPage(drawFragment(view + " :: title", variables, locale, request),
				drawFragment(view + " :: #pagina", variables, locale, request))
			.withoutToken(token);
	}

	private String drawFragment(String fragment, Map<String, Object> variables, Locale locale,
			HttpServletRequest request) {
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getResponse();
		MarkupResponse markup = new MarkupResponse(response);
		try {
			View view = this.views.resolveViewName(fragment, locale);
			if (view == null) {
				throw new IllegalArgumentException("no view " + fragment);
			}
			view.render(variables, request, markup);
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("cannot draw " + fragment, ex);
		}
		return markup.text();
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	/** Attributes carried over a redirect: a form with its errors, a message. */
	private static boolean hasFlash(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && !flash.isEmpty();
	}

	private static String csrfToken(HttpServletRequest request) {
		return (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) ? token.getToken() : null;
	}

	/** A page's title element and main part, as markup. */
	public record KeptPage(String title, String main) {

		KeptPage withoutToken(String token) {
			return (token == null) ? this : new KeptPage(this.title, this.main.replace(token, TOKEN_PLACEHOLDER));
		}

		KeptPage withToken(String token) {
			return (token == null) ? this : new KeptPage(this.title, this.main.replace(TOKEN_PLACEHOLDER, token));
		}

	}

}
