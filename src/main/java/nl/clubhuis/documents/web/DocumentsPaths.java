package nl.clubhuis.documents.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Uploading documents needs an account; downloading depends on the document. */
@Component
class DocumentsPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/doetanks/*/documenten/nieuw", "/doetanks/*/documenten/*/versie").authenticated();
	}

}
