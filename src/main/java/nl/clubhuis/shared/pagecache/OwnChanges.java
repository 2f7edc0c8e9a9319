package nl.clubhuis.shared.pagecache;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * A member who made a change sees it at once, on every instance: the answer to a change
 * (any POST) sets a cookie that lives for {@link #WHILE} seconds, and while a logged-in
 * member's browser sends it, the lists and values kept for members are computed anew.
 * Without it, the page after a change could come from another instance that has not heard
 * of the change yet (a few milliseconds, while PostgreSQL's notification is on its way).
 * Only for members: anyone can send the cookie, and a visitor who could have every page
 * drawn anew would undo the cache for everyone; a member is known, and their pages are
 * drawn for them anyway.
 */
final class OwnChanges {

	static final String COOKIE = "clubhuis-eigen";

	static final Duration WHILE = Duration.ofSeconds(3);

	private OwnChanges() {
	}

	/** The cookie for the answer to a change. */
	static String cookie(HttpServletRequest request) {
		return ResponseCookie.from(COOKIE, "1")
			.maxAge(WHILE)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build()
			.toString();
	}

	/**
	 * Whether the request being answered comes from a logged-in member whose browser just
	 * made a change.
	 */
	static boolean justMade() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& WebUtils.getCookie(attributes.getRequest(), COOKIE) != null
				&& isMember(SecurityContextHolder.getContext().getAuthentication());
	}

	private static boolean isMember(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
