package nl.clubhuis.member.web;

import nl.clubhuis.member.AccountService;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;

import nl.clubhuis.shared.RateLimit;
import nl.clubhuis.shared.RateLimitExceededException;
import nl.clubhuis.shared.RateLimits;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * /registreren. Whether the address is new or already has an account, the answer is the
 * same page ("kijk in je mail"); the mail says which it was. One client address registers
 * at most {@link RateLimit#REGISTRATION} times an hour, whatever the addresses (the
 * client address is the socket's, or the one a trusted proxy passed on).
 */
@Controller
class RegistrationController {

	private final AccountService accounts;

	private final RateLimits limits;

	RegistrationController(AccountService accounts, RateLimits limits) {
		this.accounts = accounts;
		this.limits = limits;
	}

	@GetMapping("/registreren")
	String form(Viewer viewer, Model model) {
		if (viewer.isLoggedIn()) {
			return "redirect:/";
		}
		model.addAttribute("form", new RegistrationForm());
		return "member/register";
	}

	@PostMapping("/registreren")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Locale locale,
			HttpServletRequest request) {
		PasswordRules.check(form.getPassword(), "password", errors);
		if (!errors.hasErrors()) {
			try {
				this.limits.check(RateLimit.REGISTRATION, LoginThrottle.addressKey(request.getRemoteAddr()));
			}
			catch (RateLimitExceededException ex) {
				errors.reject(ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			form.setPassword(null);
			return "member/register";
		}
		try {
			this.accounts.register(form.toNewMember(), locale);
		}
		catch (DataIntegrityViolationException ex) {
			// The same address registered at the same moment by another request: that one
			// made the account, so this one is an address with an account, and looks the
			// same.
			this.accounts.register(form.toNewMember(), locale);
		}
		return "redirect:/registreren/verstuurd";
	}

	@GetMapping("/registreren/verstuurd")
	String sent() {
		return "member/check-mail";
	}

}
