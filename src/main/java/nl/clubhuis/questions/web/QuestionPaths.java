package nl.clubhuis.questions.web;

import nl.clubhuis.shared.PathRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone reads the questions; asking, answering and commenting need an account. */
@Component
class QuestionPaths implements PathRules {

	@Override
	public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry paths) {
		paths.requestMatchers("/vragen/nieuw")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/vragen/**")
			.authenticated();
	}

}
