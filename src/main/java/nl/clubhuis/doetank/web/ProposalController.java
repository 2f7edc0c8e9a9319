package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankEditService;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.IntakeOrigin;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Theme;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /doetanks/nieuw: a member brings in a vraagstuk; its author withdraws it before the
 * intake, or brings a declined or withdrawn one in again (revising it is the edit page).
 */
@Controller
class ProposalController {

	private final DoetankService service;

	private final DoetankEditService editing;

	private final MemberDirectory members;

	ProposalController(DoetankService service, DoetankEditService editing, MemberDirectory members) {
		this.service = service;
		this.editing = editing;
		this.members = members;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("themes", Theme.values());
		model.addAttribute("lookingForOptions", LookingFor.values());
		model.addAttribute("origins", IntakeOrigin.values());
	}

	@GetMapping("/doetanks/nieuw")
	String form(Viewer author, Model model) {
		ProposalForm form = new ProposalForm();
		this.members.find(author.member().id()).map(MemberRef::organisation).ifPresent(form::setOrganisation);
		model.addAttribute("form", form);
		return "doetank/new";
	}

	@PostMapping("/doetanks/nieuw")
	String propose(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Viewer author,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "doetank/new";
		}
		String slug;
		try {
			slug = this.service.propose(form.toDetails(), form.toAnswers(), author.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the second finds the proposal the first
			// saved.
			slug = this.service.propose(form.toDetails(), form.toAnswers(), author.member());
		}
		redirect.addFlashAttribute("flashSuccess", "doetank.proposal.saved");
		return "redirect:/doetanks/" + slug;
	}

	@PostMapping("/doetanks/{slug}/intrekken")
	String withdraw(@PathVariable String slug, Viewer author, RedirectAttributes redirect) {
		return proposalStep(slug, redirect, "doetank.proposal.withdrawn",
				() -> this.editing.withdraw(slug, author.member()));
	}

	@PostMapping("/doetanks/{slug}/opnieuw-inbrengen")
	String bringInAgain(@PathVariable String slug, Viewer author, RedirectAttributes redirect) {
		return proposalStep(slug, redirect, "doetank.proposal.broughtInAgain",
				() -> this.editing.bringInAgain(slug, author.member()));
	}

	/**
	 * Back to the proposal's page with what happened; a rule that says no (it was decided
	 * meanwhile, or the same proposal already waits) is explained there.
	 */
	private String proposalStep(String slug, RedirectAttributes redirect, String successKey, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flashSuccess", successKey);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		catch (DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("flashProblem", "doetank.proposal.alreadyWaiting");
		}
		return "redirect:/doetanks/" + slug;
	}

}
