package nl.clubhuis.member.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a login attempt for an address that has failed too often lately (see
 * {@link LoginThrottle}).
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
		String email = request.getParameter("email");
		if (email != null && this.throttle.isBlocked(email)) {
			response.sendRedirect(request.getContextPath() + "/login?geblokkeerd");
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
