package nl.clubhuis.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away, with 400 and the error page, a request whose address or parameters hold
 * what no person types: a NUL or another control character, or bytes that are not UTF-8
 * ({@code %C3%28}, read as the replacement character). Such text would otherwise reach
 * PostgreSQL, which refuses NUL in text, and come back as a confusing error. Tabs and
 * line ends stay allowed. Runs first, before sessions and security look at the request.
 * Fields of a multipart form are read later; {@link ConflictAdvice} answers 400 for
 * those. The search boxes' words are the exception: whatever someone pastes there gets a
 * search result (issue 17), so their pages clean those words themselves.
 */
class UnreadableInputFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!readablePath(request.getRequestURI()) || !readableParameters(request)) {
			// What the error page says, instead of its general text for a 400.
			request.setAttribute("reason", "error.400.unreadable");
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Pages whose search box cleans its own words, with that box's parameter. */
	private static final Map<String, String> SEARCH_BOXES = Map.of("/zoeken", "q", "/doetanks", "zoek",
			"/doetanks/lessen", "zoek");

	private static boolean readableParameters(HttpServletRequest request) {
		String type = String.valueOf(request.getContentType());
		if (type.startsWith("multipart/")) {
			return true;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// The container could not decode them.
			return false;
		}
		String searchBox = SEARCH_BOXES.get(request.getRequestURI());
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!readable(parameter.getKey())) {
				return false;
			}
			if (parameter.getKey().equals(searchBox)) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (!readable(value)) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether the address, percent-decoded as UTF-8, is readable text. */
	static boolean readablePath(String uri) {
		if (uri == null || uri.indexOf('%') < 0) {
			return readable(uri);
		}
		byte[] bytes = uri.getBytes(StandardCharsets.ISO_8859_1);
		ByteBuffer decoded = ByteBuffer.allocate(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '%') {
				if (i + 2 >= bytes.length || Character.digit(bytes[i + 1], 16) < 0
						|| Character.digit(bytes[i + 2], 16) < 0) {
					return false;
				}
				decoded.put((byte) ((Character.digit(bytes[i + 1], 16) << 4) + Character.digit(bytes[i + 2], 16)));
				i += 2;
			}
			else {
				decoded.put(bytes[i]);
			}
		}
		try {
			return readable(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(decoded.flip())
				.toString());
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** No NUL, no control character but tab and line ends, no replacement character. */
	static boolean readable(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
				return false;
			}
		}
		return true;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Right after the character encoding is set, before sessions and security. */
		@Bean
		FilterRegistrationBean<UnreadableInputFilter> unreadableInputFilter() {
			FilterRegistrationBean<UnreadableInputFilter> registration = new FilterRegistrationBean<>(
					new UnreadableInputFilter());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			return registration;
		}

	}

}
