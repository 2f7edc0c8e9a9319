package nl.clubhuis.agenda.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Organising events and seeing who comes need an account. */
@Component
class AgendaPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths
			.requestMatchers("/agenda/nieuw", "/agenda/*/bewerken", "/agenda/*/aanmeldingen",
					"/agenda/*/aanmeldingen.csv", "/agenda/*/inloggen")
			.authenticated();
	}

}
