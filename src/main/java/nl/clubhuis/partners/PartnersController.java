package nl.clubhuis.partners;

import jakarta.validation.Valid;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /partners: kennissen en partners by kind, and the redactie's forms. */
@Controller
class PartnersController {

	private static final String FORM = "partners/form";

	private final Partners partners;

	PartnersController(Partners partners) {
		this.partners = partners;
	}

	@GetMapping("/partners")
	String list(@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		model.addAttribute("partners", this.partners.byKind());
		model.addAttribute("canEdit", viewer != null && viewer.isRedactie());
		return "partners/list";
	}

	@GetMapping("/partners/nieuw")
	String newPartner(@RequestParam(name = "soort", required = false) String kind,
			@AuthenticationPrincipal MemberPrincipal redacteur, Model model) {
		Partners.requireRedactie(redacteur);
		PartnerForm form = new PartnerForm();
		java.util.Arrays.stream(PartnerKind.values())
			.filter((k) -> k.name().equalsIgnoreCase(String.valueOf(kind)))
			.findFirst()
			.ifPresent(form::setKind);
		model.addAttribute("partnerForm", form);
		return view(model, null);
	}

	@PostMapping("/partners/nieuw")
	String add(@Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal redacteur, Model model, RedirectAttributes redirect) {
		Partners.requireRedactie(redacteur);
		form.check(errors);
		if (errors.hasErrors()) {
			return view(model, null);
		}
		this.partners.add(form.getKind(), form.getName().strip(), form.getDescription().strip(), form.urlOrNull(),
				redacteur);
		redirect.addFlashAttribute("flashSuccess", "partner.saved");
		return "redirect:/partners#" + form.getKind().name().toLowerCase(java.util.Locale.ROOT);
	}

	@GetMapping("/partners/{id}/bewerken")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal redacteur, Model model) {
		Partners.requireRedactie(redacteur);
		Partner partner = this.partners.find(id);
		model.addAttribute("partnerForm", PartnerForm.of(partner));
		return view(model, partner);
	}

	@PostMapping("/partners/{id}/bewerken")
	String change(@PathVariable Long id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal redacteur, Model model, RedirectAttributes redirect) {
		Partners.requireRedactie(redacteur);
		Partner partner = this.partners.find(id);
		form.check(errors);
		if (errors.hasErrors()) {
			return view(model, partner);
		}
		try {
			this.partners.change(id, (form.getVersion() != null) ? form.getVersion() : -1, form, redacteur);
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("partner.conflict");
			form.setVersion(this.partners.find(id).getVersion());
			return view(model, partner);
		}
		redirect.addFlashAttribute("flashSuccess", "partner.saved");
		return "redirect:/partners#" + form.getKind().name().toLowerCase(java.util.Locale.ROOT);
	}

	@PostMapping("/partners/{id}/verwijderen")
	String remove(@PathVariable Long id, @RequestParam(name = "zeker", defaultValue = "false") boolean sure,
			@AuthenticationPrincipal MemberPrincipal redacteur, RedirectAttributes redirect) {
		Partners.requireRedactie(redacteur);
		if (!sure) {
			redirect.addFlashAttribute("flashProblem", "partner.remove.confirm");
			return "redirect:/partners/" + id + "/bewerken";
		}
		this.partners.remove(id, redacteur);
		redirect.addFlashAttribute("flashSuccess", "partner.removed");
		return "redirect:/partners";
	}

	private String view(Model model, Partner editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", PartnerKind.values());
		return FORM;
	}

}
