package nl.clubhuis.doetank.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Bringing in a vraagstuk, asking to join, answering an invitation, leaving and the
 * team's own pages need an account; the intake is for coaches.
 */
@Component
class DoetankPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/coach/**")
			.hasAnyRole("COACH", "BEHEERDER")
			.requestMatchers("/doetanks/nieuw", "/doetanks/*/aanmelden", "/doetanks/*/team", "/doetanks/*/team/**",
					"/doetanks/*/uitnodiging", "/doetanks/*/uitnodiging/**", "/doetanks/*/aanvraag/**",
					"/doetanks/*/verlaten", "/doetanks/*/bewerken", "/doetanks/*/intake", "/doetanks/*/intake/**")
			.authenticated();
	}

}
