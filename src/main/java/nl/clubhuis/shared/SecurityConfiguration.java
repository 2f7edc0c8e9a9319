package nl.clubhuis.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open which URL. Rules that depend on a person's role inside one Doetank live in
 * the module that owns them (for example {@code DoetankAccess}); this class only sorts
 * public pages from pages that need an account.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository securityContextRepository)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/css/**", "/img/**", "/js/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers("/registreren", "/login")
			.permitAll()
			.requestMatchers("/doetanks/nieuw")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/", "/doetanks", "/doetanks/*")
			.permitAll()
			.requestMatchers("/coach/**")
			.hasAnyRole("COACH", "BEHEERDER")
			.requestMatchers("/actuator/**")
			.hasRole("BEHEERDER")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.failureUrl("/login?fout")
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
