package nl.clubhuis.beheer.web;

import nl.clubhuis.member.AccountHelp;
import nl.clubhuis.member.ErasureObstacles;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberAccount;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import java.util.List;

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
 * /beheer/leden/{id}/verwijderen: a beheerder erases an account because its member asked
 * for it and cannot do it themselves. The page says what erasure does, lists what must be
 * settled first, and asks what happens to what the member wrote.
 */
@Controller
class ErasureRequestController {

	private final MemberAdministration administration;

	private final AccountHelp help;

	ErasureRequestController(MemberAdministration administration, AccountHelp help) {
		this.administration = administration;
		this.help = help;
	}

	@GetMapping("/beheer/leden/{id}/verwijderen")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("erasureRequest", new ErasureRequestForm());
		return page(account(id), this.help.obstaclesToErasing(id), model);
	}

	@PostMapping("/beheer/leden/{id}/verwijderen")
	String erase(@PathVariable Long id, @Valid @ModelAttribute("erasureRequest") ErasureRequestForm form,
			BindingResult errors, @AuthenticationPrincipal MemberPrincipal beheerder, Model model,
			RedirectAttributes redirect) {
		MemberAccount account = this.administration.account(id)
			.orElseThrow(() -> new NotFoundException("member " + id));
		if (account.erased()) {
			return erased(id, redirect);
		}
		if (account.has(GlobalRole.BEHEERDER)) {
			redirect.addFlashAttribute("flashProblem", "beheer.erase.isBeheerder");
			return "redirect:/beheer/leden/" + id;
		}
		if (errors.hasErrors()) {
			return page(account, this.help.obstaclesToErasing(id), model);
		}
		try {
			List<ErasureObstacles.Obstacle> obstacles = this.help.eraseOnRequest(id, form.getKeepContent(), beheerder);
			return obstacles.isEmpty() ? erased(id, redirect) : page(account, obstacles, model);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
			return "redirect:/beheer/leden/" + id;
		}
	}

	private static String erased(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", "beheer.done.erased");
		return "redirect:/beheer/leden/" + id;
	}

	private String page(MemberAccount account, List<ErasureObstacles.Obstacle> obstacles, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("obstacles", obstacles);
		return "beheer/erase";
	}

	private MemberAccount account(Long id) {
		return this.help.accountToHelp(id)
			.orElseThrow(() -> new NotFoundException("member " + id + " cannot be erased here"));
	}

}
