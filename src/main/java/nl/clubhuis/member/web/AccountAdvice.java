package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether to show the banner for a member who has not verified yet. */
@ControllerAdvice
class AccountAdvice {

	@ModelAttribute("unverifiedMember")
	boolean unverifiedMember() {
		MemberPrincipal member = SessionLogin.current();
		return member != null && !member.isVerified();
	}

}
