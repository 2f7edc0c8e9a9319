package nl.clubhuis.shared;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page as one member sees it, drawn once and kept for that member
 * ({@link MemberContent}) until anything in the content or in their own rows changes: for
 * a page a member comes back to while they work (their Doetank's page), which reads a
 * dozen modules' parts every time it is drawn. The whole page is kept as markup, header
 * included: everything in it is the member's (their name, their unread notifications,
 * whose change forgets their kept values), the address's or the language's, all three in
 * the key. The CSRF token of its forms is kept as a placeholder and filled in for every
 * request, so another session of the same member posts with its own.
 * <p>
 * Drawn anew, and not kept, for a visitor (the page cache serves them), after a redirect
 * that carries attributes (a message, a form with its errors) and when a form the member
 * sent before logging in waits to be put back ({@link KeptFormInterceptor} fills the
 * model after the controller). A page with a form shown again with errors is not drawn
 * through here at all. The caller's key adds what else the page depends on (the member's
 * roles).
 */
@Component
public class KeptPages {

	/** Unknown outside this process, so no text in a page can be taken for it. */
	private static final String TOKEN_PLACEHOLDER = "csrf-" + UUID.randomUUID();

	private final MemberContent kept;

	private final ThymeleafViewResolver views;

	KeptPages(MemberContent kept, ThymeleafViewResolver views) {
		this.kept = kept;
		this.views = views;
	}

	/**
	 * What to show: the page kept for this member under {@code key}, or what {@code fill}
	 * puts in {@code model} (the controller's) and names, drawn and kept. For a visitor
	 * (a null {@code memberId}) only {@code fill}'s view. {@code fill} runs only when the
	 * page is drawn, so it must do everything the page needs (and throw what the page
	 * throws). What is already in the model (what the controller advice put there for the
	 * layout, such as the member's unread count) is part of the key.
	 */
	public ModelAndView page(Long memberId, String key, Model model, Supplier<String> fill) {
		HttpServletRequest request = currentRequest();
		if (memberId == null || !"GET".equals(request.getMethod()) || KeptForm.waitsIn(request) || hasFlash(request)) {
			return new ModelAndView(fill.get());
		}
		// Asked only now: a visitor's token would start a session.
		String token = csrfToken(request);
		if (token == null) {
			return new ModelAndView(fill.get());
		}
		String query = request.getQueryString();
		String fullKey = "page:" + LocaleContextHolder.getLocale().toLanguageTag() + ":" + request.getRequestURI()
				+ ((query != null) ? "?" + query : "") + ":" + key + ":" + new TreeMap<>(model.asMap());
		String page = this.kept.find(memberId, fullKey);
		if (page != null) {
			return new ModelAndView(new Written(withToken(page, token)));
		}
		MemberContent.Moment before = this.kept.now();
		String view = fill.get();
		if (view.startsWith("redirect:") || view.startsWith("forward:")) {
			return new ModelAndView(view);
		}
		return new ModelAndView(new Keeping(view, memberId, fullKey, before));
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

	/** The page's markup as kept: this request's token replaced by the placeholder. */
	static String withoutToken(String page, String token) {
		return (token == null) ? page : page.replace(token, TOKEN_PLACEHOLDER);
	}

	/** The kept markup with this request's token. */
	static String withToken(String page, String token) {
		return (token == null) ? page : page.replace(TOKEN_PLACEHOLDER, token);
	}

	private static void write(String page, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(page);
	}

	/** A kept page with this request's token, written as it is. */
	private static final class Written implements View {

		private final String page;

		Written(String page) {
			this.page = page;
		}

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			write(this.page, response);
		}

		@Override
		public String toString() {
			return "a kept page";
		}

	}

	/**
	 * The page's own template, drawn with the whole model (the layout's parts that
	 * interceptors add after the controller included), kept and written.
	 */
	private final class Keeping implements View {

		private final String viewName;

		private final long memberId;

		private final String key;

		private final MemberContent.Moment before;

		Keeping(String viewName, long memberId, String key, MemberContent.Moment before) {
			this.viewName = viewName;
			this.memberId = memberId;
			this.key = key;
			this.before = before;
		}

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Locale locale = LocaleContextHolder.getLocale();
			View view = KeptPages.this.views.resolveViewName(this.viewName, locale);
			if (view == null) {
				throw new IllegalArgumentException("no view " + this.viewName);
			}
			MarkupResponse markup = new MarkupResponse(response);
			view.render(model, request, markup);
			String page = markup.text();
			KeptPages.this.kept.keep(this.memberId, this.key, withoutToken(page, csrfToken(request)), this.before);
			write(page, response);
		}

	}

}
