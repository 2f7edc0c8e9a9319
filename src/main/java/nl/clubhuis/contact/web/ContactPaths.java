package nl.clubhuis.contact.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Writing a message needs an account; the report link in a mail works without one (the
 * token in it is the proof).
 */
@Component
class ContactPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/leden/*/bericht", "/doetanks/*/bericht", "/berichten/verstuurd")
			.authenticated()
			.requestMatchers("/berichten/melden", "/berichten/gemeld")
			.permitAll();
	}

}
