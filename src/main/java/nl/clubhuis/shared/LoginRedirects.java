package nl.clubhuis.shared;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Logging in brings a member back where they were: every "log in" link carries
 * {@code ?terug=} with a {@link LocalPath}, the login form sends it along, and a failed
 * or throttled attempt keeps it and the e-mail address typed (in the session, never in
 * the address bar or a log).
 */
public final class LoginRedirects {

	static final String TYPED_EMAIL = LoginRedirects.class.getName() + ".email";

	public static final String BACK = "terug";

	private LoginRedirects() {
	}

	/** Back to the login page with this remark ({@code fout}, {@code geblokkeerd}). */
	public static void toLoginPage(HttpServletRequest request, HttpServletResponse response, String remark)
			throws IOException {
		String email = request.getParameter("email");
		if (email != null && email.length() <= 254) {
			request.getSession().setAttribute(TYPED_EMAIL, email.strip());
		}
		response.sendRedirect(request.getContextPath() + loginPage(remark, request.getParameter(BACK)));
	}

	/**
	 * The login page with a remark, and where to go after logging in if that is a local
	 * path.
	 */
	public static String loginPage(String remark, String back) {
		String path = LocalPath.orNull(back);
		return "/login?" + remark
				+ ((path != null) ? "&" + BACK + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8) : "");
	}

	/** The page a form was sent from (its Referer), if that is a local path. */
	static String formPage(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			return LocalPath.orNull((uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The e-mail address typed in the last failed attempt, once. */
	public static String typedEmail(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object email = session.getAttribute(TYPED_EMAIL);
		session.removeAttribute(TYPED_EMAIL);
		return (email != null) ? email.toString() : null;
	}

	/**
	 * After logging in: to {@code terug} when the form sent a local path, otherwise to
	 * the page that asked for a login (Spring Security's saved request), otherwise home.
	 */
	static final class BackWhereTheyWere extends SavedRequestAwareAuthenticationSuccessHandler {

		private final RequestCache requestCache = new HttpSessionRequestCache();

		BackWhereTheyWere() {
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, jakarta.servlet.ServletException {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(TYPED_EMAIL);
			}
			String back = LocalPath.orNull(request.getParameter(BACK));
			if (back == null) {
				super.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			this.requestCache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, back);
		}

	}

}
