package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal MemberPrincipal member) {
		return (member != null) ? "redirect:/" : "member/login";
	}

}
