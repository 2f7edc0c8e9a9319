package nl.clubhuis.documents.web;

import nl.clubhuis.documents.Visibility;
import nl.clubhuis.documents.domain.DocumentManagement;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.Params;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's manage page, for its Doetank's trekkers and beheerders: who sees it, its
 * versions one by one, and taking the whole document away (after a confirmation).
 */
@Controller
class DocumentManagementController {

	private final DocumentManagement management;

	DocumentManagementController(DocumentManagement management) {
		this.management = management;
	}

	@GetMapping("/doetanks/{slug}/documenten/{id}/beheren")
	String page(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("document", this.management.forManaging(slug, id, viewer));
		model.addAttribute("visibilities", Visibility.values());
		return "documents/manage";
	}

	@PostMapping("/doetanks/{slug}/documenten/{id}/zichtbaarheid")
	String show(@PathVariable String slug, @PathVariable Long id,
			@RequestParam(name = "visibility", required = false) String visibility, Viewer viewer,
			RedirectAttributes redirect) {
		Visibility chosen = Params.option(Visibility.class, visibility);
		this.management.forManaging(slug, id, viewer);
		if (chosen == null) {
			redirect.addFlashAttribute("flashProblem", "documents.manage.chooseVisibility");
		}
		else {
			boolean changed = this.management.show(slug, id, chosen, viewer.member());
			redirect.addFlashAttribute("flashSuccess",
					changed ? "documents.manage.visibilityChanged" : "documents.manage.unchanged");
		}
		return "redirect:/doetanks/" + slug + "/documenten/" + id + "/beheren";
	}

	@GetMapping("/doetanks/{slug}/documenten/{id}/versies/{number}/verwijderen")
	String confirmDeleteVersion(@PathVariable String slug, @PathVariable Long id, @PathVariable int number,
			Viewer viewer, Model model) {
		DocumentManagement.Managed document = this.management.forManaging(slug, id, viewer);
		model.addAttribute("document", document);
		model.addAttribute("version",
				document.versions()
					.stream()
					.filter((version) -> version.number() == number)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("version " + number)));
		return "documents/delete-version";
	}

	@PostMapping("/doetanks/{slug}/documenten/{id}/versies/{number}/verwijderen")
	String deleteVersion(@PathVariable String slug, @PathVariable Long id, @PathVariable int number, Viewer viewer,
			RedirectAttributes redirect) {
		try {
			boolean deleted = this.management.deleteVersion(slug, id, number, viewer.member());
			redirect.addFlashAttribute("flashSuccess",
					deleted ? "documents.manage.versionDeleted" : "documents.manage.unchanged");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/doetanks/" + slug + "/documenten/" + id + "/beheren";
	}

	@GetMapping("/doetanks/{slug}/documenten/{id}/verwijderen")
	String confirmDelete(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		model.addAttribute("document", this.management.forManaging(slug, id, viewer));
		return "documents/delete";
	}

	@PostMapping("/doetanks/{slug}/documenten/{id}/verwijderen")
	String delete(@PathVariable String slug, @PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		// Sent twice, the second finds nothing to take away and says the same.
		this.management.delete(slug, id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "documents.manage.deleted");
		return "redirect:/doetanks/" + slug + "#documenten";
	}

}
