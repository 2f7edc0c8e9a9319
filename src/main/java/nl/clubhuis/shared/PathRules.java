package nl.clubhuis.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which of a module's addresses need an account (or a network role). Each module declares
 * its own; reading everything else is public and every change (a POST) needs an account.
 * What someone may do with one Doetank, post or event is decided by the module's service,
 * not here.
 */
public interface PathRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths);

}
