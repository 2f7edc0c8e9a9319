package nl.clubhuis.partners.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Keeping the partners needs an account. */
@Component
class PartnersPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/partners/nieuw", "/partners/*/bewerken", "/over/bewerken").authenticated();
	}

}
