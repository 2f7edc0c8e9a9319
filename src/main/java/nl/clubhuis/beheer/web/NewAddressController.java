package nl.clubhuis.beheer.web;

import nl.clubhuis.member.AccountHelp;
import nl.clubhuis.member.EmailChangeService.ChangeSent;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberAccount;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /beheer/leden/{id}/e-mailadres: a beheerder sends a member's confirmation link to a new
 * address, for a member who lost the old mailbox or registered with a typo. The address
 * changes when the member follows the link; then they can choose a new password.
 */
@Controller
class NewAddressController {

	private final MemberAdministration administration;

	private final AccountHelp help;

	NewAddressController(MemberAdministration administration, AccountHelp help) {
		this.administration = administration;
		this.help = help;
	}

	@GetMapping("/beheer/leden/{id}/e-mailadres")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("newAddress", new NewAddressForm());
		return page(account(id), model);
	}

	@PostMapping("/beheer/leden/{id}/e-mailadres")
	String send(@PathVariable Long id, @Valid @ModelAttribute("newAddress") NewAddressForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal beheerder, Model model, RedirectAttributes redirect) {
		MemberAccount account = this.administration.account(id)
			.filter((found) -> !found.erased())
			.orElseThrow(() -> new NotFoundException("member " + id));
		if (account.has(GlobalRole.BEHEERDER)) {
			redirect.addFlashAttribute("flashProblem", "beheer.email.isBeheerder");
			return "redirect:/beheer/leden/" + id;
		}
		if (!errors.hasFieldErrors("newEmailAgain") && !form.typedTheSameTwice()) {
			errors.rejectValue("newEmailAgain", "beheer.email.notTheSame");
		}
		if (errors.hasErrors()) {
			return page(account, model);
		}
		ChangeSent sent;
		try {
			sent = this.help.sendEmailChange(id, form.getNewEmail(), beheerder);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
			return "redirect:/beheer/leden/" + id;
		}
		switch (sent) {
			case SENT, ALREADY_SENT -> {
				redirect.addFlashAttribute("flashSuccess", "beheer.done.emailChangeSent");
				return "redirect:/beheer/leden/" + id;
			}
			case SAME_ADDRESS -> errors.rejectValue("newEmail", "beheer.email.same");
			case ADDRESS_TAKEN -> errors.rejectValue("newEmail", "beheer.email.taken");
			case NO_MAIL_SERVER -> errors.rejectValue("newEmail", "beheer.email.noServer");
		}
		return page(account, model);
	}

	private static String page(MemberAccount account, Model model) {
		model.addAttribute("account", account);
		return "beheer/new-address";
	}

	private MemberAccount account(Long id) {
		return this.help.accountToHelp(id)
			.orElseThrow(() -> new NotFoundException("member " + id + " has no address to change here"));
	}

}
