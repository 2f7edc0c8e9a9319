package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankService;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One Doetank's page, and what its team does there: ask to join, decide on requests,
 * leave.
 */
@Controller
class DoetankPageController {

	private final DoetankService service;

	private final DoetankPageModel pageModel;

	private final KeptPages pages;

	DoetankPageController(DoetankService service, DoetankPageModel pageModel, KeptPages pages) {
		this.service = service;
		this.pageModel = pageModel;
		this.pages = pages;
	}

	/**
	 * Kept for a member as they saw it until anything changes: a team works from this
	 * page and comes back to it all the time.
	 */
	@GetMapping("/doetanks/{slug}")
	ModelAndView show(@PathVariable String slug, Viewer viewer, Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model,
				() -> this.pageModel.render(model, slug, viewer));
	}

	/** Where "log in to join" leads: after logging in, back to the join form. */
	@GetMapping("/doetanks/{slug}/aanmelden")
	String joinAfterLogin(@PathVariable String slug) {
		return "redirect:/doetanks/" + slug + "#meedoen";
	}

	@PostMapping("/doetanks/{slug}/aanmelden")
	String askToJoin(@PathVariable String slug, @Valid @ModelAttribute("joinForm") JoinRequestForm form,
			BindingResult errors, Viewer member, Model model, RedirectAttributes redirect) {
		if (form.getRole() != null && !form.getRole().isOpenToOutsiders()) {
			errors.rejectValue("role", "doetank.rule.roleNotOpen");
		}
		if (errors.hasErrors()) {
			return this.pageModel.render(model, slug, member);
		}
		return decide(slug, redirect, "doetank.join.sent",
				() -> this.service.requestToJoin(slug, form.getRole(), form.getMotivation(), member.member()));
	}

	@PostMapping("/doetanks/{slug}/aanvragen/{requestId}/goedkeuren")
	String approve(@PathVariable String slug, @PathVariable Long requestId, Viewer trekker,
			RedirectAttributes redirect) {
		return decide(slug, redirect, "doetank.join.approved",
				() -> this.service.approveRequest(slug, requestId, trekker.member()));
	}

	@PostMapping("/doetanks/{slug}/aanvragen/{requestId}/afwijzen")
	String decline(@PathVariable String slug, @PathVariable Long requestId,
			@RequestParam(name = "note", required = false) String note, Viewer trekker, RedirectAttributes redirect) {
		String trimmed = (note != null && note.length() > 1000) ? note.substring(0, 1000) : note;
		return decide(slug, redirect, "doetank.join.declined",
				() -> this.service.declineRequest(slug, requestId, trimmed, trekker.member()));
	}

	@PostMapping("/doetanks/{slug}/team/{membershipId}/trekker")
	String appointTrekker(@PathVariable String slug, @PathVariable Long membershipId, Viewer trekker,
			RedirectAttributes redirect) {
		return decide(slug, redirect, "doetank.team.trekkerAppointed",
				() -> this.service.appointTrekker(slug, membershipId, trekker.member()));
	}

	@PostMapping("/doetanks/{slug}/verlaten")
	String leave(@PathVariable String slug, Viewer member, RedirectAttributes redirect) {
		return decide(slug, redirect, "doetank.leave.done", () -> this.service.leave(slug, member.member()));
	}

	/**
	 * Runs an action and returns to the Doetank page with what happened. A rule that says
	 * no, or someone else who changed the Doetank at the same moment (a double click, two
	 * trekkers), is explained on the page rather than shown as an error.
	 */
	private String decide(String slug, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("flashProblem", "error.409.concurrent");
		}
		return "redirect:/doetanks/" + slug;
	}

}
