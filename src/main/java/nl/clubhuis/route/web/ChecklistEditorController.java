package nl.clubhuis.route.web;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.ChecklistKind;
import nl.clubhuis.route.GateChecklistEditor;
import nl.clubhuis.shared.Params;

import jakarta.validation.groups.Default;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /beheer/checklist: a beheerder refines the gatekeepers-overleg checklist of each phase
 * (the network's own list, so no release is needed). Here rather than in beheer, which
 * does not depend on route; beheer's path rule (beheerders only) covers it.
 */
@Controller
class ChecklistEditorController {

	static final String PATH = "/beheer/checklist";

	private final GateChecklistEditor editor;

	ChecklistEditorController(GateChecklistEditor editor) {
		this.editor = editor;
	}

	@GetMapping(PATH)
	String list(@RequestParam(name = "fase", required = false) String fase, Viewer viewer, Model model) {
		mustBeBeheerder(viewer);
		model.addAttribute("line", new ChecklistLineForm());
		return list(phase(fase), model);
	}

	@PostMapping(PATH)
	String add(@RequestParam(name = "fase", required = false) String fase,
			@Validated({ Default.class,
					ChecklistLineForm.Adding.class }) @ModelAttribute("line") ChecklistLineForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		mustBeBeheerder(viewer);
		Phase phase = phase(fase);
		if (errors.hasErrors()) {
			return list(phase, model);
		}
		this.editor.add(phase, form.getKind(), form.getTextNl(), form.getTextEn(), viewer);
		redirect.addFlashAttribute("flashSuccess", "checklist.added");
		return back(phase);
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable Long id, Viewer viewer, Model model) {
		GateChecklistEditor.Line line = this.editor.line(id, viewer);
		ChecklistLineForm form = new ChecklistLineForm();
		form.setTextNl(line.textNl());
		form.setTextEn(line.textEn());
		model.addAttribute("line", form);
		model.addAttribute("item", line);
		return "beheer/checklist-line";
	}

	@PostMapping(PATH + "/{id}")
	String reword(@PathVariable Long id, @Validated @ModelAttribute("line") ChecklistLineForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		GateChecklistEditor.Line line = this.editor.line(id, viewer);
		if (errors.hasErrors()) {
			model.addAttribute("item", line);
			return "beheer/checklist-line";
		}
		this.editor.reword(id, form.getTextNl(), form.getTextEn(), viewer);
		redirect.addFlashAttribute("flashSuccess", "checklist.reworded");
		return back(line.phase());
	}

	@PostMapping(PATH + "/{id}/weghalen")
	String retire(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		Phase phase = this.editor.retire(id, viewer);
		redirect.addFlashAttribute("flashSuccess", "checklist.retired");
		return back(phase);
	}

	@PostMapping(PATH + "/{id}/omhoog")
	String up(@PathVariable Long id, Viewer viewer) {
		return back(this.editor.move(id, true, viewer)) + "#regel-" + id;
	}

	@PostMapping(PATH + "/{id}/omlaag")
	String down(@PathVariable Long id, Viewer viewer) {
		return back(this.editor.move(id, false, viewer)) + "#regel-" + id;
	}

	private String list(Phase phase, Model model) {
		model.addAttribute("phase", phase);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("kinds", ChecklistKind.values());
		model.addAttribute("lines", this.editor.lines(phase));
		return "beheer/checklist";
	}

	private static String back(Phase phase) {
		return "redirect:" + PATH + "?fase=" + phase.name();
	}

	private static Phase phase(String fase) {
		Phase chosen = Params.option(Phase.class, fase);
		return (chosen != null) ? chosen : Phase.INITIEREN;
	}

	private static void mustBeBeheerder(Viewer viewer) {
		if (!viewer.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder refines the gatekeepers checklist");
		}
	}

}
