package nl.clubhuis.beheer.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everything under /beheer is for beheerders, the expertise vocabulary for the redactie
 * (the services and controllers check again).
 */
@Component
class BeheerPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/beheer", "/beheer/**")
			.hasRole("BEHEERDER")
			.requestMatchers("/redactie/expertise", "/redactie/expertise/**")
			.hasAnyRole("REDACTEUR", "BEHEERDER");
	}

}
