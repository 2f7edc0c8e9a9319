package nl.clubhuis.member.web;

import nl.clubhuis.member.EmailChangeService;
import nl.clubhuis.member.EmailChangeService.AccountDetails;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.PasswordService;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /mijn/account: name and organisation, the password (the current one first; other
 * sessions end), and the address (changed once the link mailed to the new one is
 * followed).
 */
@Controller
class AccountController {

	private final EmailChangeService account;

	private final PasswordService passwords;

	private final SessionLogin sessionLogin;

	AccountController(EmailChangeService account, PasswordService passwords, SessionLogin sessionLogin) {
		this.account = account;
		this.passwords = passwords;
		this.sessionLogin = sessionLogin;
	}

	@GetMapping("/mijn/account")
	String page(@AuthenticationPrincipal MemberPrincipal member, Model model) {
		AccountDetails details = this.account.details(member);
		AccountDetailsForm form = new AccountDetailsForm();
		form.setName(details.name());
		form.setOrganisation(details.organisation());
		return show(member, model, form, new NewPasswordForm(), new EmailChangeForm());
	}

	@PostMapping("/mijn/account/gegevens")
	String rename(@AuthenticationPrincipal MemberPrincipal member,
			@Valid @ModelAttribute("detailsForm") AccountDetailsForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(member, model, form, new NewPasswordForm(), new EmailChangeForm());
		}
		this.sessionLogin.refresh(this.account.rename(member, form.getName(), form.getOrganisation()), request,
				response);
		redirect.addFlashAttribute("flashSuccess", "account.details.saved");
		return "redirect:/mijn/account";
	}

	@PostMapping("/mijn/account/wachtwoord")
	String changePassword(@AuthenticationPrincipal MemberPrincipal member,
			@ModelAttribute("passwordForm") NewPasswordForm form, BindingResult errors, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		PasswordRules.check(form.getPassword(), "password", errors);
		if (!errors.hasErrors() && !this.passwords.change(member, form.getCurrentPassword(), form.getPassword(),
				SessionLogin.sessionId(request))) {
			errors.rejectValue("currentPassword", "account.password.wrong");
		}
		if (errors.hasErrors()) {
			form.setCurrentPassword(null);
			form.setPassword(null);
			return show(member, model, null, form, new EmailChangeForm());
		}
		redirect.addFlashAttribute("flashSuccess", "account.password.saved");
		return "redirect:/mijn/account";
	}

	@PostMapping("/mijn/account/e-mailadres")
	String changeEmail(@AuthenticationPrincipal MemberPrincipal member,
			@Valid @ModelAttribute("emailForm") EmailChangeForm form, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(member, model, null, new NewPasswordForm(), form);
		}
		this.account.requestChange(member, form.getNewEmail(), locale);
		redirect.addFlashAttribute("flashSuccess", "account.email.sent");
		return "redirect:/mijn/account";
	}

	@GetMapping("/e-mailadres-wijzigen")
	String confirmPage(@RequestParam(name = "code", required = false) String code, Model model) {
		if (!this.account.canConfirm(code)) {
			return LinkNoLongerWorks.CHANGE_EMAIL.show(model);
		}
		model.addAttribute("code", code);
		return "member/confirm-email";
	}

	@PostMapping("/e-mailadres-wijzigen")
	String confirm(@RequestParam(name = "code", required = false) String code,
			@AuthenticationPrincipal MemberPrincipal current, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Optional<MemberPrincipal> changed = this.account.confirm(code, SessionLogin.sessionId(request));
		if (changed.isEmpty()) {
			return LinkNoLongerWorks.CHANGE_EMAIL.show(model);
		}
		redirect.addFlashAttribute("flashSuccess", "account.email.changed");
		if (current != null && current.id().equals(changed.get().id())) {
			this.sessionLogin.refresh(changed.get(), request, response);
			return "redirect:/mijn/account";
		}
		return "redirect:/login";
	}

	private String show(MemberPrincipal member, Model model, AccountDetailsForm details, NewPasswordForm password,
			EmailChangeForm email) {
		AccountDetails current = this.account.details(member);
		if (details == null) {
			details = new AccountDetailsForm();
			details.setName(current.name());
			details.setOrganisation(current.organisation());
		}
		model.addAttribute("account", current);
		model.addAttribute("detailsForm", details);
		model.addAttribute("passwordForm", password);
		model.addAttribute("emailForm", email);
		return "member/account";
	}

}
