package nl.clubhuis.member;

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
