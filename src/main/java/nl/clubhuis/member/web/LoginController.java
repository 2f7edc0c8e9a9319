package nl.clubhuis.member.web;

import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(Viewer viewer) {
		return viewer.isLoggedIn() ? "redirect:/" : "member/login";
	}

}
