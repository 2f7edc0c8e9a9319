package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Who is logged in in this browser's session. */
@Component
class SessionLogin {

	private final SecurityContextRepository repository;

	SessionLogin(SecurityContextRepository repository) {
		this.repository = repository;
	}

	/** The member logged in here, if any. */
	static MemberPrincipal current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) ? member
				: null;
	}

	/** This session's id, to keep it when a member's other sessions end. */
	static String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	/** Puts the member as they are now (name, address, verified) into this session. */
	void refresh(MemberPrincipal member, HttpServletRequest request, HttpServletResponse response) {
		member.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
