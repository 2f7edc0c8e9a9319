package nl.clubhuis.route.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The gatekeepers-overleg, the adoption agreement, the milestones, recording adopters,
 * the requests to open doors, the opdrachtgever's testimonial and the eindgebruikers'
 * consents need an account.
 */
@Component
class RoutePaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths
			.requestMatchers("/doetanks/*/gatekeepers/**", "/doetanks/*/adoptie", "/doetanks/*/mijlpalen/**",
					"/doetanks/*/overgenomen/**", "/doetanks/*/overgang", "/doetanks/*/deuren/**",
					"/doetanks/*/opdrachtgever/**", "/doetanks/*/toestemming/**")
			.authenticated();
	}

}
