package nl.clubhuis.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Dutch by default; English on request ({@code ?lang=en}), remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver("clubhuis-taal");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageLinkInterceptor());
	}

	/**
	 * Switches language when a link carries {@code ?lang=} (read from the query string).
	 */
	static final class LanguageLinkInterceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String language = QueryStrings.first(request, "lang");
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (language != null && resolver != null) {
				resolver.setLocale(request, response, Locale.forLanguageTag(language));
			}
			return true;
		}

	}

	/** Only languages the site has texts for; anything else falls back to Dutch. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		/**
		 * What Spring MVC binds for the request (LocaleContextHolder), limited alike: a
		 * cookie with another language would otherwise reach what is drawn from there.
		 */
		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			LocaleContext context = super.resolveLocaleContext(request);
			// Read when asked, as the cookie's: a ?lang= link changes it later on.
			return new TimeZoneAwareLocaleContext() {
				@Override
				public Locale getLocale() {
					return supported(context.getLocale());
				}

				@Override
				public TimeZone getTimeZone() {
					return (context instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
				}
			};
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		private static Locale supported(Locale locale) {
			if (locale == null) {
				return DUTCH;
			}
			return SUPPORTED.stream()
				.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(DUTCH);
		}

	}

}
