package nl.clubhuis.publishing.domain;

import nl.clubhuis.shared.PathRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Writing needs an account; anyone may report a comment, also without one. */
@Component
class PublishingPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths
			.requestMatchers("/nieuws/nieuw", "/cafeblog/nieuw", "/nieuws/*/bewerken", "/cafeblog/*/bewerken",
					"/doetanks/*/blog/nieuw", "/doetanks/*/blog/*/bewerken", "/reacties/*/bewerken", "/redactie/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/reacties/*/melden")
			.permitAll();
	}

}
