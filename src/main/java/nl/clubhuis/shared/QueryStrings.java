package nl.clubhuis.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Parameters read from the query string only. Form parameters cannot be read after an
 * upload was refused for its size, and what every page asks (language, logged out) must
 * still work then, on the error page too.
 */
public final class QueryStrings {

	private QueryStrings() {
	}

	static MultiValueMap<String, String> of(HttpServletRequest request) {
		String query = request.getQueryString();
		return UriComponentsBuilder.newInstance().query((query != null) ? query : "").build().getQueryParams();
	}

	public static String first(HttpServletRequest request, String name) {
		List<String> values = of(request).get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

}
