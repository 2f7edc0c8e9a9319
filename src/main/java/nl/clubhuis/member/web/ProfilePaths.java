package nl.clubhuis.member.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The directory of members (/leden) is for members; a profile (/leden/{slug}) is public,
 * and its own visibility decides who sees it (a 404 for the others).
 */
@Component
class ProfilePaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/leden", "/leden/").authenticated();
	}

}
