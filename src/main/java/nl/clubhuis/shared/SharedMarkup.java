package nl.clubhuis.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The markup of a list that every viewer sees alike (a page of news, of Doetanks, the
 * agenda), drawn once per language and audience and kept as {@link SharedContent}, so a
 * member's page only draws what is theirs around it. The audience is either strangers or
 * members: a list may show members more (a name linked to its profile), but never one
 * member more than another. So the fragment is drawn with only the variables given, no
 * session, no request attributes and, for members, a member without a name or roles:
 * nothing of the member who happens to ask first can end up in it. It may not hold a form
 * that posts (it has no CSRF token).
 */
@Component
public class SharedMarkup {

	private final SharedContent shared;

	private final ThymeleafViewResolver views;

	SharedMarkup(SharedContent shared, ThymeleafViewResolver views) {
		this.shared = shared;
		this.views = views;
	}

	/**
	 * Markup as the content is now: for a page that reads its list first (to know its
	 * page number) and then draws it, so a change that comes in between is not kept.
	 */
	public SharedMarkup asOfNow() {
		return new SharedMarkup(this.shared.asOfNow(), this.views);
	}

	/**
	 * The markup of {@code fragment} (a view name such as {@code "fragments/posts ::
	 * list(posts=${posts})"}) drawn with {@code variables} in the current language, kept
	 * under {@code key}: the key must name everything the variables depend on (a page
	 * number, a filter).
	 */
	public String render(String key, String fragment, Supplier<Map<String, ?>> variables) {
		Locale locale = LocaleContextHolder.getLocale();
		Audience audience = Audience.of(SecurityContextHolder.getContext().getAuthentication());
		ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		return this.shared.get("markup:" + audience + ":" + locale.toLanguageTag() + ":" + fragment + ":" + key,
				() -> draw(fragment, variables.get(), audience, locale, current.getRequest(), current.getResponse()));
	}

	private String draw(String fragment, Map<String, ?> variables, Audience audience, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		StrangersRequest stranger = new StrangersRequest(request, locale);
		MarkupResponse markup = new MarkupResponse(response);
		SecurityContext member = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(audience.anyone()));
		try {
			View view = this.views.resolveViewName(fragment, locale);
			if (view == null) {
				throw new IllegalArgumentException("no view " + fragment);
			}
			view.render(variables, stranger, markup);
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("cannot draw " + fragment, ex);
		}
		finally {
			SecurityContextHolder.setContext(member);
		}
		String drawn = markup.text();
		if (drawn.toLowerCase(Locale.ROOT).contains("method=\"post\"")) {
			throw new IllegalStateException(fragment + " holds a form that posts: it cannot be shared");
		}
		return drawn;
	}

	/** Who a list is drawn for: what one of them sees, every one of them sees. */
	enum Audience {

		STRANGERS, MEMBERS;

		static Audience of(Authentication authentication) {
			boolean member = authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken);
			return member ? MEMBERS : STRANGERS;
		}

		/** Someone of this audience, without a name or roles. */
		Authentication anyone() {
			return switch (this) {
				case STRANGERS -> new AnonymousAuthenticationToken("shared-markup", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
				case MEMBERS -> UsernamePasswordAuthenticationToken.authenticated("member", null, List.of());
			};
		}

	}

}
