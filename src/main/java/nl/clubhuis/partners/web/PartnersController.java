package nl.clubhuis.partners.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.partners.domain.Partner;
import nl.clubhuis.partners.domain.PartnerAccess;
import nl.clubhuis.partners.domain.PartnerService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /partners: kennissen en partners by kind, and the redactie's forms. The service checks
 * who may save; showing a form asks {@link PartnerAccess} (or the service) first.
 */
@Controller
class PartnersController {

	private static final String FORM = "partners/form";

	private final PartnerService partners;

	private final PartnerAccess access;

	PartnersController(PartnerService partners, PartnerAccess access) {
		this.partners = partners;
		this.access = access;
	}

	@GetMapping("/partners")
	String list(Viewer viewer, Model model) {
		model.addAttribute("partners", this.partners.byKind());
		model.addAttribute("canEdit", this.access.canEdit(viewer));
		return "partners/list";
	}

	@GetMapping("/partners/nieuw")
	String newPartner(@RequestParam(name = "soort", required = false) String kind, Viewer viewer, Model model) {
		this.access.requireEditor(viewer);
		PartnerForm form = new PartnerForm();
		Arrays.stream(PartnerKind.values())
			.filter((k) -> k.name().equalsIgnoreCase(String.valueOf(kind)))
			.findFirst()
			.ifPresent(form::setKind);
		model.addAttribute("partnerForm", form);
		return view(model, null);
	}

	@PostMapping("/partners/nieuw")
	String add(@Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		form.check(errors);
		if (errors.hasErrors()) {
			this.access.requireEditor(viewer);
			return view(model, null);
		}
		this.partners.add(form.toDetails(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "partner.saved");
		return "redirect:/partners#" + anchor(form.getKind());
	}

	@GetMapping("/partners/{id}/bewerken")
	String editForm(@PathVariable Long id, Viewer viewer, Model model) {
		Partner partner = this.partners.forEditing(id, viewer.member());
		model.addAttribute("partnerForm", PartnerForm.of(partner));
		return view(model, partner);
	}

	@PostMapping("/partners/{id}/bewerken")
	String change(@PathVariable Long id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		form.check(errors);
		if (errors.hasErrors()) {
			return view(model, this.partners.forEditing(id, viewer.member()));
		}
		try {
			this.partners.change(id, (form.getVersion() != null) ? form.getVersion() : -1, form.toDetails(),
					viewer.member());
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("partner.conflict");
			Partner current = this.partners.forEditing(id, viewer.member());
			form.setVersion(current.getVersion());
			return view(model, current);
		}
		redirect.addFlashAttribute("flashSuccess", "partner.saved");
		return "redirect:/partners#" + anchor(form.getKind());
	}

	@PostMapping("/partners/{id}/verwijderen")
	String remove(@PathVariable Long id, @RequestParam(name = "zeker", defaultValue = "false") boolean sure,
			Viewer viewer, RedirectAttributes redirect) {
		if (!sure) {
			this.access.requireEditor(viewer);
			redirect.addFlashAttribute("flashProblem", "partner.remove.confirm");
			return "redirect:/partners/" + id + "/bewerken";
		}
		this.partners.remove(id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "partner.removed");
		return "redirect:/partners";
	}

	private static String anchor(PartnerKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	private String view(Model model, Partner editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", PartnerKind.values());
		return FORM;
	}

}
