package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.domain.AccountErasure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * /mijn/account/verwijderen: what deleting the account does, the choice what happens to
 * what the member wrote, and the password to confirm; afterwards the member is logged out
 * and sees /account-verwijderd. A member who is the last trekker of an active Doetank is
 * asked to hand over first.
 */
@Controller
class AccountErasureController {

	private final AccountErasure erasure;

	AccountErasureController(AccountErasure erasure) {
		this.erasure = erasure;
	}

	@GetMapping("/mijn/account/verwijderen")
	String form(@AuthenticationPrincipal MemberPrincipal member, Model model) {
		model.addAttribute("form", new ErasureForm());
		return page(member, model);
	}

	@PostMapping("/mijn/account/verwijderen")
	String erase(@Valid @ModelAttribute("form") ErasureForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal member, Authentication authentication, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			switch (this.erasure.erase(member.id(), form.getPassword(), form.getKeepContent())) {
				case ERASED -> {
					new SecurityContextLogoutHandler().logout(request, response, authentication);
					return "redirect:/account-verwijderd";
				}
				case WRONG_PASSWORD -> errors.rejectValue("password", "account.erase.password.wrong");
				case OBSTACLES -> {
					// The page lists them.
				}
			}
		}
		form.setPassword(null);
		return page(member, model);
	}

	@GetMapping("/account-verwijderd")
	String goodbye() {
		return "member/goodbye";
	}

	private String page(MemberPrincipal member, Model model) {
		model.addAttribute("obstacles", this.erasure.obstaclesFor(member.id()));
		return "member/erase";
	}

}
