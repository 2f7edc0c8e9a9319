package nl.clubhuis.shared;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * When the database cannot be reached or does not answer in time
 * ({@link DatabaseTrouble}), the member gets the error page with 503, {@code Retry-After}
 * and "try again", whether the trouble came up in a page, in a form's action or while the
 * session was read. It runs outside the session and security filters and renders the page
 * itself, because those need the database too (a second try would wait for a connection
 * again). What a failed form sent either happened once or not at all: its transaction was
 * rolled back, or the commit was the very last step. A form's page says so and links back
 * to the form.
 */
class DatabaseTroubleFilter extends OncePerRequestFilter {

	/** Seconds a client waits before trying again. */
	static final int RETRY_AFTER = 30;

	private static final Logger log = LoggerFactory.getLogger(DatabaseTroubleFilter.class);

	private final ThymeleafViewResolver views;

	private final LocaleResolver locales;

	private final ResourceUrlProvider resourceUrls;

	DatabaseTroubleFilter(ThymeleafViewResolver views, LocaleResolver locales, ResourceUrlProvider resourceUrls) {
		this.views = views;
		this.locales = locales;
		this.resourceUrls = resourceUrls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseTrouble.isCause(ex)) {
				throw ex;
			}
			if (response.isCommitted()) {
				if (isRedirect(response)) {
					// The action is done and its redirect sent; only the session could
					// not be saved afterwards (a flash message is lost). Let it go out.
					log.warn("Session not saved after {} {}: {}", request.getMethod(), request.getRequestURI(),
							ex.toString());
					return;
				}
				throw ex;
			}
			log.warn("Database unavailable or too slow for {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
			tryAgainPage(request, response);
		}
	}

	private static boolean isRedirect(HttpServletResponse response) {
		return response.getStatus() >= 300 && response.getStatus() < 400;
	}

	private void tryAgainPage(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		boolean form = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		Map<String, Object> model = new HashMap<>();
		model.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		model.put("reason", form ? "error.database.sent" : "error.database");
		if (form) {
			model.put("back", LoginRedirects.formPage(request));
		}
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// The page needs nothing from the database: no session, no CSRF token.
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute("_csrf");
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		Locale locale = this.locales.resolveLocale(request);
		// Drawn outside Spring MVC: the stylesheet's hashed address is written the way
		// ResourceUrlEncodingFilter does for every other page.
		new ResourceUrlEncodingFilter().doFilter(request, response, (hashing, hashed) -> {
			hashing.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, this.resourceUrls);
			// The layout's kept parts (LayoutChrome) need the request and its language
			// bound, as Spring MVC binds them for every other page.
			RequestAttributes outerRequest = RequestContextHolder.getRequestAttributes();
			LocaleContext outerLocale = LocaleContextHolder.getLocaleContext();
			RequestContextHolder.setRequestAttributes(
					new ServletRequestAttributes((HttpServletRequest) hashing, (HttpServletResponse) hashed));
			LocaleContextHolder.setLocale(locale);
			try {
				View page = this.views.resolveViewName("error", locale);
				page.render(model, (HttpServletRequest) hashing, (HttpServletResponse) hashed);
			}
			catch (Exception ex) {
				throw new ServletException("cannot render the try-again page", ex);
			}
			finally {
				LocaleContextHolder.setLocaleContext(outerLocale);
				RequestContextHolder.setRequestAttributes(outerRequest);
			}
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * Outside the session (Spring Session's filter) and security, inside encoding.
		 */
		@Bean
		FilterRegistrationBean<DatabaseTroubleFilter> databaseTroubleFilter(ThymeleafViewResolver views,
				LocaleResolver localeResolver, ResourceUrlProvider resourceUrls) {
			FilterRegistrationBean<DatabaseTroubleFilter> registration = new FilterRegistrationBean<>(
					new DatabaseTroubleFilter(views, localeResolver, resourceUrls));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
			return registration;
		}

	}

}
