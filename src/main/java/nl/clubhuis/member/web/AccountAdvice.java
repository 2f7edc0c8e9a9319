package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page who is logged in (for the header's menu) and whether to show the
 * banner for a member who has not verified yet.
 */
@ControllerAdvice
class AccountAdvice {

	/**
	 * The member who is logged in, null for a visitor. The header reads its roles from
	 * here: Spring Security's {@code sec:authorize} evaluated an expression for each
	 * link, a tenth of every member's page.
	 */
	@ModelAttribute("signedIn")
	MemberPrincipal signedIn() {
		return SessionLogin.current();
	}

	@ModelAttribute("unverifiedMember")
	boolean unverifiedMember() {
		MemberPrincipal member = SessionLogin.current();
		return member != null && !member.isVerified();
	}

}
