package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place that decides what a member whose address is not verified yet may do: read
 * everything, look after their own account, log out; every other change (bringing in a
 * vraagstuk, joining, commenting, registering for an event, and whatever is added later)
 * is turned away to a page that says why and offers a new mail. Runs right after Spring
 * Security, for every request, so no new route can forget it.
 * <p>
 * A member who verified in another browser is picked up here too: for a member not yet
 * verified, each request looks in the database (one small query) and refreshes the
 * session once they are.
 */
class UnverifiedMembersRead extends OncePerRequestFilter {

	/** What an unverified member may still send. */
	static final List<String> OPEN_TO_UNVERIFIED = List.of("/mijn/**", "/bevestigen", "/uitloggen", "/login",
			"/registreren", "/wachtwoord-vergeten", "/wachtwoord-kiezen", "/e-mailadres-wijzigen", "/reacties/*/melden",
			"/berichten/melden");

	static final String EXPLANATION = "/mijn/bevestigen";

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final MemberService members;

	private final SessionLogin sessionLogin;

	UnverifiedMembersRead(MemberService members, SessionLogin sessionLogin) {
		this.members = members;
		this.sessionLogin = sessionLogin;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MemberPrincipal member = SessionLogin.current();
		if (member != null && !member.isVerified()) {
			MemberPrincipal now = this.members.current(member.id()).orElse(member);
			if (now.isVerified()) {
				this.sessionLogin.refresh(now, request, response);
			}
			else if (isChange(request) && !isOpen(request)) {
				response.sendRedirect(request.getContextPath() + EXPLANATION);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isChange(HttpServletRequest request) {
		return !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
	}

	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_TO_UNVERIFIED.stream().anyMatch((pattern) -> PATHS.match(pattern, path));
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Right after Spring Security's filters, which find who is logged in. */
		@Bean
		FilterRegistrationBean<UnverifiedMembersRead> unverifiedMembersRead(MemberService members,
				SessionLogin sessionLogin) {
			FilterRegistrationBean<UnverifiedMembersRead> registration = new FilterRegistrationBean<>(
					new UnverifiedMembersRead(members, sessionLogin));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
			return registration;
		}

	}

}
