package nl.clubhuis.member.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registering, logging in and following a mailed link work without an account; /mijn/**
 * (the member's own account) needs one (see SecurityConfiguration).
 */
@Component
class MemberPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths
			.requestMatchers("/registreren", "/registreren/verstuurd", "/login", "/bevestigen", "/wachtwoord-vergeten",
					"/wachtwoord-vergeten/verstuurd", "/wachtwoord-kiezen", "/e-mailadres-wijzigen")
			.permitAll();
	}

}
