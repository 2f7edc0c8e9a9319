package nl.clubhuis.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The filter chain: login, CSRF, headers. Which addresses need an account each module
 * declares itself ({@link PathRules}); who may do what with one Doetank, post or event is
 * decided by the module's service.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * No observation per security filter: wrapping each of them cost a tenth of every
	 * request. Requests themselves are still measured ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Stylesheet and pictures: the same for everyone, so no session, security context,
	 * CSRF token or saved request is looked at; only the security headers are written.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/img/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.securityContext((context) -> context.disable())
			.sessionManagement((sessions) -> sessions.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository securityContextRepository,
			List<PathRules> moduleRules) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("BEHEERDER")
				.requestMatchers("/mijn/**")
				.authenticated();
			moduleRules.forEach((rules) -> rules.apply(requests));
			// Reading is public, so an unknown address shows everyone the friendly 404
			// page; every change (POST) needs an account.
			requests.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.authenticated();
		})
			// One-click unsubscribe (RFC 8058): a mail client posts without a session or
			// token; the signed link itself is the proof.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/afmelden"))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.successHandler(new LoginRedirects.BackWhereTheyWere())
				.failureHandler(SecurityConfiguration::loginFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SecurityConfiguration::denied))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * A wrong address or password back to the login page; a login the database could not
	 * answer is database trouble: {@link DatabaseTroubleFilter} shows "try again" (the
	 * member typed nothing wrong).
	 */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (DatabaseTrouble.isCause(ex)) {
			throw ex;
		}
		LoginRedirects.toLoginPage(request, response, "fout");
	}

	/**
	 * A form sent without a valid token by someone not (or no longer) logged in was
	 * almost always left open until the session ran out: ask them to log in again instead
	 * of saying the action is not theirs, and bring them back to the page of the form
	 * with what they typed ({@link KeptForm}).
	 */
	private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean loggedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
		if (ex instanceof CsrfException && !loggedIn) {
			String formPage = LoginRedirects.formPage(request);
			KeptForm.keep(request, formPage);
			response.sendRedirect(request.getContextPath() + LoginRedirects.loginPage("verlopen", formPage));
			return;
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

}
