package nl.clubhuis.member.web;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.LocalPath;
import nl.clubhuis.shared.LoginRedirects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * The login form, with the e-mail address of a failed attempt filled in and where to
	 * go back to after logging in ({@code ?terug=}, only a path on this site).
	 */
	@GetMapping("/login")
	String login(Viewer viewer, @RequestParam(name = LoginRedirects.BACK, required = false) String back,
			HttpServletRequest request, Model model) {
		String path = LocalPath.orNull(back);
		if (viewer.isLoggedIn()) {
			return "redirect:" + ((path != null) ? path : "/");
		}
		model.addAttribute("typedEmail", LoginRedirects.typedEmail(request));
		model.addAttribute("back", path);
		return "member/login";
	}

}
