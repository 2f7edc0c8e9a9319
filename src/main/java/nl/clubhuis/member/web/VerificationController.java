package nl.clubhuis.member.web;

import nl.clubhuis.member.AccountService;
import nl.clubhuis.member.MemberPrincipal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the verification mail, and the page that explains why a member who has not
 * verified yet cannot take part. Following the link only shows a button: mail programs
 * that open links to scan them do not use it up.
 */
@Controller
class VerificationController {

	private final AccountService accounts;

	private final SessionLogin sessionLogin;

	VerificationController(AccountService accounts, SessionLogin sessionLogin) {
		this.accounts = accounts;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/bevestigen")
	String confirmPage(@RequestParam(name = "code", required = false) String code, Model model) {
		if (!this.accounts.canVerify(code)) {
			return LinkNoLongerWorks.VERIFY.show(model);
		}
		model.addAttribute("code", code);
		return "member/verify";
	}

	@PostMapping("/bevestigen")
	String confirm(@RequestParam(name = "code", required = false) String code,
			@AuthenticationPrincipal MemberPrincipal current, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Optional<MemberPrincipal> verified = this.accounts.verify(code);
		if (verified.isEmpty()) {
			return LinkNoLongerWorks.VERIFY.show(model);
		}
		redirect.addFlashAttribute("flashSuccess", "verify.done");
		if (current != null && current.id().equals(verified.get().id())) {
			this.sessionLogin.refresh(verified.get(), request, response);
			return "redirect:/";
		}
		return (current == null) ? "redirect:/login" : "redirect:/";
	}

	@GetMapping(UnverifiedMembersRead.EXPLANATION)
	String explanation() {
		return "member/unverified";
	}

	@PostMapping("/mijn/bevestigen/opnieuw")
	String resend(@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
		if (member.isVerified()) {
			return "redirect:/";
		}
		boolean sent = this.accounts.resendVerification(member);
		redirect.addFlashAttribute(sent ? "flashSuccess" : "flashProblem",
				sent ? "verify.resent" : "verify.resendTooSoon");
		return "redirect:" + UnverifiedMembersRead.EXPLANATION;
	}

}
