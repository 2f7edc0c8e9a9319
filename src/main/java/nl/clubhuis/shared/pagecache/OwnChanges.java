package nl.clubhuis.shared.pagecache;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Whoever made a change sees it at once, on every instance: the answer to a change (any
 * POST) sets a cookie that lives for {@link #WHILE} seconds, and while a browser sends
 * it, its pages are read past every cache. Without it, the page after a change could come
 * from another instance that has not heard of the change yet (a few milliseconds, while
 * PostgreSQL's notification is on its way).
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

	static boolean justMadeBy(HttpServletRequest request) {
		return WebUtils.getCookie(request, COOKIE) != null;
	}

	/**
	 * Whether the request being answered comes from a browser that just made a change.
	 */
	static boolean justMade() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& justMadeBy(attributes.getRequest());
	}

}
