package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.shared.QueryStrings;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When a logged-in member switches language (a link with {@code ?lang=}, see
 * {@code shared.LocaleConfiguration}), their account remembers it, so that mails reach
 * them in that language. The member service is looked up lazily: {@code @WebMvcTest}
 * slices pick this configurer up without it.
 */
@Configuration(proxyBeanMethods = false)
class LanguageChoice implements WebMvcConfigurer, HandlerInterceptor {

	private final ObjectProvider<MemberService> members;

	LanguageChoice(ObjectProvider<MemberService> members) {
		this.members = members;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String language = QueryStrings.first(request, "lang");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		MemberService service = this.members.getIfAvailable();
		if (language != null && service != null && authentication != null
				&& authentication.getPrincipal() instanceof MemberPrincipal member) {
			service.chooseLanguage(member.id(), Locale.forLanguageTag(language));
		}
		return true;
	}

}
