package nl.clubhuis.member.web;

import nl.clubhuis.member.PasswordService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /wachtwoord-vergeten and the mailed link to choose a new password. Every address gets
 * the same answer.
 */
@Controller
class ForgotPasswordController {

	private final PasswordService passwords;

	ForgotPasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/wachtwoord-vergeten")
	String form(Model model) {
		model.addAttribute("form", new ForgotPasswordForm());
		return "member/forgot-password";
	}

	@PostMapping("/wachtwoord-vergeten")
	String send(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "member/forgot-password";
		}
		this.passwords.forgot(form.getEmail());
		return "redirect:/wachtwoord-vergeten/verstuurd";
	}

	@GetMapping("/wachtwoord-vergeten/verstuurd")
	String sent() {
		return "member/forgot-password-sent";
	}

	@GetMapping("/wachtwoord-kiezen")
	String choose(@RequestParam(name = "code", required = false) String code, Model model) {
		if (!this.passwords.canReset(code)) {
			return LinkNoLongerWorks.RESET.show(model);
		}
		NewPasswordForm form = new NewPasswordForm();
		form.setCode(code);
		model.addAttribute("form", form);
		return "member/choose-password";
	}

	@PostMapping("/wachtwoord-kiezen")
	String reset(@ModelAttribute("form") NewPasswordForm form, BindingResult errors, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		PasswordRules.check(form.getPassword(), "password", errors);
		if (errors.hasErrors()) {
			form.setPassword(null);
			return "member/choose-password";
		}
		if (!this.passwords.reset(form.getCode(), form.getPassword(), SessionLogin.sessionId(request))) {
			return LinkNoLongerWorks.RESET.show(model);
		}
		redirect.addFlashAttribute("flashSuccess", "resetPassword.done");
		return "redirect:/login";
	}

}
