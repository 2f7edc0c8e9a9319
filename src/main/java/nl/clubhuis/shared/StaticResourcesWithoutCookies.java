package nl.clubhuis.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The stylesheet and pictures are the same for everyone: their requests go on without
 * cookies, so a member's session is never read from the database for them (Spring MVC
 * asks for the session of every request it handles, for flash attributes).
 */
class StaticResourcesWithoutCookies extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !StaticResourceHandling.isStatic(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutCookies(request), response);
	}

	private static final class WithoutCookies extends HttpServletRequestWrapper {

		WithoutCookies(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Before sessions (Spring Session's filter comes at HIGHEST_PRECEDENCE + 50). */
		@Bean
		FilterRegistrationBean<StaticResourcesWithoutCookies> staticResourcesWithoutCookies() {
			FilterRegistrationBean<StaticResourcesWithoutCookies> registration = new FilterRegistrationBean<>(
					new StaticResourcesWithoutCookies());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
			return registration;
		}

	}

}
