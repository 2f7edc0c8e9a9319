package nl.clubhuis.moderation.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Reporting needs an account (the queue is under /redactie, which needs one too). */
@Component
class ModerationPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/melden", "/redactie/meldingen", "/redactie/meldingen/**").authenticated();
	}

}
