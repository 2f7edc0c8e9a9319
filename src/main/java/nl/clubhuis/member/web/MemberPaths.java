package nl.clubhuis.member.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Registering and logging in are for people without an account. */
@Component
class MemberPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/registreren", "/login").permitAll();
	}

}
