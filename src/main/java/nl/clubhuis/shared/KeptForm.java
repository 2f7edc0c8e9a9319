package nl.clubhuis.shared;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a member typed in a form that was refused because their session had run out: kept
 * in the new session until they are back on the form's page after logging in, where
 * {@link KeptFormInterceptor} puts it back. Passwords, tokens and files are never kept;
 * the text is capped so a refused form cannot fill the session store.
 *
 * @param page the local path (with its query) of the page the form was sent from
 * @param fields the form's text fields, by name
 */
public record KeptForm(String page, Map<String, String> fields) implements Serializable {

	static final String SESSION_KEY = KeptForm.class.getName();

	static final int MAX_FIELDS = 30;

	static final int MAX_CHARACTERS = 20_000;

	public KeptForm {
		fields = new LinkedHashMap<>(fields);
	}

	/**
	 * Keeps the text fields of this refused request, if it came from a page of this site.
	 */
	static void keep(HttpServletRequest request, String page) {
		if (page == null) {
			return;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (fields.size() < MAX_FIELDS && isKeepable(name) && values.length > 0 && values[0] != null
					&& values[0].length() <= MAX_CHARACTERS) {
				fields.put(name, values[0]);
			}
		});
		if (!fields.isEmpty()) {
			request.getSession().setAttribute(SESSION_KEY, new KeptForm(page, fields));
		}
	}

	/** The kept form for this page, taken out of the session so it is put back once. */
	static KeptForm takeFor(HttpServletRequest request, String page) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(SESSION_KEY) instanceof KeptForm kept)
				|| !kept.page().equals(page)) {
			return null;
		}
		session.removeAttribute(SESSION_KEY);
		return kept;
	}

	/** Whether a kept form waits in this request's session, for any page. */
	static boolean waitsIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(SESSION_KEY) instanceof KeptForm;
	}

	static boolean isKeepable(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !lower.startsWith("_") && !lower.contains("password") && !lower.contains("wachtwoord")
				&& !lower.contains("token") && !lower.contains("code");
	}

}
