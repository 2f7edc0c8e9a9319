package nl.clubhuis.shared;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.convert.ConversionService;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The current request as a stranger would make it, for drawing {@link SharedMarkup}: the
 * same path and language, but no parameters, session, cookies, member or attributes other
 * than Spring MVC's own plumbing.
 */
class StrangersRequest extends HttpServletRequestWrapper {

	private final Map<String, Object> attributes = new HashMap<>();

	StrangersRequest(HttpServletRequest request, Locale locale) {
		super(request);
		for (String plumbing : new String[] { DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE,
				ConversionService.class.getName() }) {
			Object value = request.getAttribute(plumbing);
			if (value != null) {
				this.attributes.put(plumbing, value);
			}
		}
		this.attributes.put(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
	}

	@Override
	public Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		return Collections.enumeration(this.attributes.keySet());
	}

	@Override
	public void setAttribute(String name, Object value) {
		this.attributes.put(name, value);
	}

	@Override
	public void removeAttribute(String name) {
		this.attributes.remove(name);
	}

	@Override
	public String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String[] getParameterValues(String name) {
		return null;
	}

	@Override
	public String getQueryString() {
		return null;
	}

	@Override
	public String getHeader(String name) {
		return "cookie".equalsIgnoreCase(name) || "authorization".equalsIgnoreCase(name) ? null : super.getHeader(name);
	}

	@Override
	public HttpSession getSession() {
		throw new IllegalStateException("shared markup is drawn without a session");
	}

	@Override
	public HttpSession getSession(boolean create) {
		if (create) {
			return getSession();
		}
		return null;
	}

	@Override
	public String getRequestedSessionId() {
		return null;
	}

	@Override
	public Cookie[] getCookies() {
		return null;
	}

	@Override
	public Principal getUserPrincipal() {
		return null;
	}

	@Override
	public String getRemoteUser() {
		return null;
	}

	@Override
	public boolean isUserInRole(String role) {
		return false;
	}

}
