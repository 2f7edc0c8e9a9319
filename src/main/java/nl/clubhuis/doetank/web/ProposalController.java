package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Theme;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /doetanks/nieuw: a member brings in a vraagstuk. */
@Controller
class ProposalController {

	private final DoetankService service;

	private final MemberDirectory members;

	ProposalController(DoetankService service, MemberDirectory members) {
		this.service = service;
		this.members = members;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("themes", Theme.values());
		model.addAttribute("lookingForOptions", LookingFor.values());
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
			slug = this.service.propose(form.toDetails(), author.member());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the second finds the proposal the first
			// saved.
			slug = this.service.propose(form.toDetails(), author.member());
		}
		redirect.addFlashAttribute("flashSuccess", "doetank.proposal.saved");
		return "redirect:/doetanks/" + slug;
	}

}
