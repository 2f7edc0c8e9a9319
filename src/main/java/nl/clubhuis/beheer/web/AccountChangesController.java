package nl.clubhuis.beheer.web;

import nl.clubhuis.member.BlockReason;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.Params;
import nl.clubhuis.shared.RuleViolationException;

import java.util.function.BooleanSupplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The changes a beheerder makes to an account, each a POST that leads back to the
 * member's page with what happened. Sent twice, the second changes nothing and says so.
 */
@Controller
class AccountChangesController {

	private final MemberAdministration administration;

	AccountChangesController(MemberAdministration administration) {
		this.administration = administration;
	}

	@PostMapping("/beheer/leden/{id}/rollen/{role}/toekennen")
	String grant(@PathVariable Long id, @PathVariable String role, @AuthenticationPrincipal MemberPrincipal beheerder,
			RedirectAttributes redirect) {
		GlobalRole chosen = networkRole(role);
		return change(id, () -> this.administration.grant(id, chosen, beheerder), "beheer.done.granted", redirect);
	}

	@PostMapping("/beheer/leden/{id}/rollen/{role}/intrekken")
	String revoke(@PathVariable Long id, @PathVariable String role, @AuthenticationPrincipal MemberPrincipal beheerder,
			RedirectAttributes redirect) {
		GlobalRole chosen = networkRole(role);
		return change(id, () -> this.administration.revoke(id, chosen, beheerder), "beheer.done.revoked", redirect);
	}

	@PostMapping("/beheer/leden/{id}/blokkeren")
	String block(@PathVariable Long id, @RequestParam(name = "reason", required = false) String reason,
			@AuthenticationPrincipal MemberPrincipal beheerder, Model model, RedirectAttributes redirect) {
		BlockReason chosen = Params.option(BlockReason.class, reason);
		if (chosen == null) {
			// The confirmation again, saying a reason is needed.
			model.addAttribute("account",
					this.administration.account(id)
						.filter((account) -> !account.erased())
						.orElseThrow(() -> new NotFoundException("member " + id)));
			model.addAttribute("reasons", BlockReason.values());
			model.addAttribute("reasonMissing", true);
			return "beheer/block";
		}
		return change(id, () -> this.administration.block(id, chosen, beheerder), "beheer.done.blocked", redirect);
	}

	@PostMapping("/beheer/leden/{id}/deblokkeren")
	String unblock(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal beheerder,
			RedirectAttributes redirect) {
		return change(id, () -> this.administration.unblock(id, beheerder), "beheer.done.unblocked", redirect);
	}

	@PostMapping("/beheer/leden/{id}/bevestigingsmail")
	String resendVerification(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal beheerder,
			RedirectAttributes redirect) {
		boolean sent = this.administration.resendVerification(id, beheerder);
		redirect.addFlashAttribute(sent ? "flashSuccess" : "flashProblem",
				sent ? "beheer.done.resent" : "beheer.done.notResent");
		return "redirect:/beheer/leden/" + id;
	}

	private static String change(Long id, BooleanSupplier change, String doneKey, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("flashSuccess", change.getAsBoolean() ? doneKey : "beheer.done.unchanged");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/beheer/leden/" + id;
	}

	private static GlobalRole networkRole(String name) {
		GlobalRole role = Params.option(GlobalRole.class, name);
		if (role == null || !MemberAdministration.GRANTABLE.contains(role)) {
			throw new NotFoundException("role " + name);
		}
		return role;
	}

}
