package nl.clubhuis.shared.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Serves anonymous visitors pages from the {@link PageCache}, with an ETag (a 304 when
 * the browser has the page already) and gzip done once. Only a request without a session
 * cookie is anonymous; only a whole 200 page that set no cookie and is not private is
 * kept, so whatever needs a session (a form's CSRF token, a message after a redirect) is
 * never cached. Runs before sessions and security: a cached page costs no database at
 * all. Every change sent through this instance (any POST) empties the cache before its
 * response goes out, so whoever made the change sees it at once (a member on any
 * instance: {@link OwnChanges}); other instances hear of it from PostgreSQL
 * ({@link ContentChangeListener}).
 */
class AnonymousPageCacheFilter extends OncePerRequestFilter {

	static final String SESSION_COOKIE = "SESSION";

	private static final int MAX_BODY_BYTES = 512 * 1024;

	private static final int MIN_GZIP_BYTES = 2048;

	private static final Set<String> CACHED_TYPES = Set.of("text/html", "text/calendar", "application/rss+xml",
			"application/atom+xml", "application/xml", "text/xml");

	/** Downloads that stream, and what is not a page. */
	private static final List<String> PASSED_PREFIXES = List.of("/actuator", "/open-data/", "/css/", "/img/", "/js/",
			"/favicon");

	private static final Set<String> NOT_KEPT_HEADERS = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA, HttpHeaders.EXPIRES);

	private final PageCache cache;

	private final LocaleResolver localeResolver;

	AnonymousPageCacheFilter(PageCache cache, LocaleResolver localeResolver) {
		this.cache = cache;
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isRead(request)) {
			response.addHeader(HttpHeaders.SET_COOKIE, OwnChanges.cookie(request));
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.cache.invalidateAll();
			}
			return;
		}
		if (!"GET".equals(request.getMethod()) || !isAnonymous(request) || isPassed(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = this.localeResolver.resolveLocale(request);
		String key = key(request, locale);
		CachedPage page = this.cache.find(key);
		if (page != null) {
			serve(page, locale, request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		if (isKept(rendered)) {
			CachedPage kept = keep(rendered);
			this.cache.store(key, kept, generation);
			rendered.setHeader(HttpHeaders.ETAG, kept.etag());
			cacheControl(rendered, kept);
		}
		rendered.copyBodyToResponse();
	}

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static boolean isRead(HttpServletRequest request) {
		return READS.contains(request.getMethod());
	}

	static boolean isAnonymous(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		return WebUtils.getCookie(request, SESSION_COOKIE) == null;
	}

	private static boolean isPassed(String path) {
		return PASSED_PREFIXES.stream().anyMatch(path::startsWith);
	}

	static String key(HttpServletRequest request, Locale locale) {
		String query = request.getQueryString();
		return locale.toLanguageTag() + " " + request.getRequestURI() + (query != null ? "?" + query : "");
	}

	private static boolean isKept(ContentCachingResponseWrapper rendered) {
		String cacheControl = String.valueOf(rendered.getHeader(HttpHeaders.CACHE_CONTROL));
		return rendered.getStatus() == HttpServletResponse.SC_OK
				&& rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && !cacheControl.contains("private")
				&& rendered.getContentSize() <= MAX_BODY_BYTES
				&& CACHED_TYPES.contains(baseType(rendered.getContentType()));
	}

	private static String baseType(String contentType) {
		if (contentType == null) {
			return "";
		}
		int parameters = contentType.indexOf(';');
		return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
	}

	private static CachedPage keep(ContentCachingResponseWrapper rendered) throws IOException {
		List<CachedPage.Header> headers = new ArrayList<>();
		headers.add(new CachedPage.Header(HttpHeaders.CONTENT_TYPE, rendered.getContentType()));
		headers.add(new CachedPage.Header(HttpHeaders.CACHE_CONTROL, revalidated(rendered)));
		for (String name : rendered.getHeaderNames()) {
			if (NOT_KEPT_HEADERS.stream().noneMatch(name::equalsIgnoreCase)) {
				rendered.getHeaders(name).forEach((value) -> headers.add(new CachedPage.Header(name, value)));
			}
		}
		byte[] body = rendered.getContentAsByteArray();
		// Weak: the same page, gzipped here or by Tomcat or not at all.
		String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
		return new CachedPage(List.copyOf(headers), body, body.length >= MIN_GZIP_BYTES ? gzip(body) : null, etag);
	}

	/**
	 * A page's own caching rule stays (the calendar's 15 minutes); the default "never
	 * store" becomes "ask each time", so a browser may keep the page and check its ETag.
	 */
	private static String revalidated(HttpServletResponse rendered) {
		String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
		return (cacheControl == null || cacheControl.contains("no-store")) ? "no-cache" : cacheControl;
	}

	private static void cacheControl(HttpServletResponse response, CachedPage page) {
		page.headers()
			.stream()
			.filter((header) -> header.name().equals(HttpHeaders.CACHE_CONTROL))
			.findFirst()
			.ifPresent((header) -> response.setHeader(HttpHeaders.CACHE_CONTROL, header.value()));
		response.setHeader(HttpHeaders.PRAGMA, null);
		response.setHeader(HttpHeaders.EXPIRES, null);
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(body);
		}
		return compressed.toByteArray();
	}

	private static void serve(CachedPage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setLocale(locale);
		for (CachedPage.Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = page.body();
		if (page.gzipped() != null) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (acceptsGzip(request)) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				body = page.gzipped();
			}
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
	}

}
