package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.IntakeJudgement;
import nl.clubhuis.doetank.IntakeOrigin;
import nl.clubhuis.doetank.Sufficiency;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;

import java.util.List;

import jakarta.validation.Valid;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaches take in new vraagstukken: the intake page of one (/doetanks/{slug}/intake)
 * where the coach judges it along the method's questions, with the author's answers
 * beside them, and accepts or declines it.
 */
@Controller
class IntakeController {

	private final DoetankCatalog catalog;

	private final DoetankService service;

	private final MemberDirectory members;

	IntakeController(DoetankCatalog catalog, DoetankService service, MemberDirectory members) {
		this.catalog = catalog;
		this.service = service;
		this.members = members;
	}

	@GetMapping("/doetanks/{slug}/intake")
	String form(@PathVariable String slug, Viewer coach, Model model, RedirectAttributes redirect) {
		Doetank proposal = this.catalog.forIntake(slug, coach);
		if (proposal.getStatus() != DoetankStatus.VOORSTEL) {
			return decidedAlready(slug, redirect);
		}
		model.addAttribute("intakeForm", new IntakeForm());
		return show(model, proposal);
	}

	@PostMapping("/doetanks/{slug}/intake/accepteren")
	String accept(@PathVariable String slug, @Valid @ModelAttribute("intakeForm") IntakeForm form, BindingResult errors,
			Viewer coach, Model model, RedirectAttributes redirect) {
		Doetank proposal = this.catalog.forIntake(slug, coach);
		if (proposal.getStatus() != DoetankStatus.VOORSTEL) {
			return decidedAlready(slug, redirect);
		}
		IntakeJudgement judgement = form.toJudgement();
		IntakeForm.check(judgement.problemsForAccept(), errors);
		if (errors.hasErrors()) {
			return show(model, proposal);
		}
		this.service.accept(slug, judgement, coach.member());
		redirect.addFlashAttribute("flashSuccess", "intake.accepted");
		return "redirect:/doetanks/" + slug;
	}

	@PostMapping("/doetanks/{slug}/intake/afwijzen")
	String decline(@PathVariable String slug, @Valid @ModelAttribute("intakeForm") IntakeForm form,
			BindingResult errors, Viewer coach, Model model, RedirectAttributes redirect) {
		Doetank proposal = this.catalog.forIntake(slug, coach);
		if (proposal.getStatus() != DoetankStatus.VOORSTEL) {
			return decidedAlready(slug, redirect);
		}
		IntakeJudgement judgement = form.toJudgement();
		IntakeForm.check(judgement.problemsForDecline(), errors);
		if (errors.hasErrors()) {
			return show(model, proposal);
		}
		this.service.decline(slug, judgement, form.getNote(), coach.member());
		redirect.addFlashAttribute("flashSuccess", "intake.declined");
		return "redirect:/coach";
	}

	/** A second click, or another coach was first: nothing happens twice. */
	private static String decidedAlready(String slug, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashProblem", "intake.page.decidedAlready");
		return "redirect:/doetanks/" + slug;
	}

	private String show(Model model, Doetank proposal) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("answers", proposal.getAnswers());
		model.addAttribute("author", this.members.find(proposal.getProposedById()).orElse(null));
		model.addAttribute("sufficiencies", Sufficiency.values());
		model.addAttribute("yesNo", List.of(Boolean.TRUE, Boolean.FALSE));
		model.addAttribute("origins", IntakeOrigin.values());
		model.addAttribute("fields",
				List.of("relevance", "relevanceNote", "chance", "chanceNote", "problemOwner", "origin", "note"));
		return "doetank/intake";
	}

}
