package nl.clubhuis.notifications.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A member's notifications need an account; the unsubscribe link in their mails does not.
 */
@Component
class NotificationPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/mijn/meldingen", "/mijn/meldingen/**").authenticated();
		// The one-click unsubscribe link works without an account (RFC 8058).
		paths.requestMatchers(HttpMethod.POST, "/afmelden").permitAll();
	}

}
