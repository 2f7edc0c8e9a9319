package nl.clubhuis.member.web;

import java.io.IOException;

import nl.clubhuis.shared.LoginRedirects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a login attempt that comes too soon after failures from the same client
 * address, or for the same account from that address (see {@link LoginThrottle}). The
 * client address is the socket's, or the one a trusted proxy passed on
 * ({@code server.tomcat.remoteip.*}); a header a client makes up changes nothing.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = String.valueOf(request.getParameter("email"));
		if (!this.throttle.tryAttempt(email, request.getRemoteAddr())) {
			LoginRedirects.toLoginPage(request, response, "geblokkeerd");
			return;
		}
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Runs just before Spring Security's filters, which handle the login itself. */
		@Bean
		FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
			FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
					new LoginThrottleFilter(throttle));
			registration.addUrlPatterns("/login");
			registration.setOrder(-110);
			return registration;
		}

	}

}
