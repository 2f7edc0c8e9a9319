package nl.clubhuis.toolkit;

import nl.clubhuis.route.BusinessCaseEntry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.route.domain.BusinessCaseLine;
import nl.clubhuis.route.domain.ChecklistItem;
import nl.clubhuis.route.GateChecklist;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.Params;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages made to be printed, or saved as PDF from the browser: the gate checklist of a
 * phase (or of all six), a customer journey canvas and a business case sheet.
 */
@Controller
class PrintablesController {

	/** Columns of the canvas: the steps one person takes. */
	private static final int JOURNEY_STEPS = 6;

	private final GateChecklist checklist;

	PrintablesController(GateChecklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping("/toolkit/printbaar/gatekeepers-checklist")
	String gateChecklist(@RequestParam(name = "fase", required = false) String phase, Model model) {
		Phase chosen = Params.option(Phase.class, phase);
		List<Phase> phases = (chosen != null) ? List.of(chosen) : Arrays.asList(Phase.values());
		Map<Phase, List<ChecklistItem>> items = new LinkedHashMap<>();
		phases.forEach((p) -> items.put(p, this.checklist.of(p)));
		model.addAttribute("checklists", items);
		model.addAttribute("phase", chosen);
		model.addAttribute("allPhases", Phase.values());
		model.addAttribute("answers", nl.clubhuis.route.ChecklistAnswer.values());
		model.addAttribute("decisions", nl.clubhuis.doetank.GateDecision.Kind.values());
		return "toolkit/print-gate-checklist";
	}

	@GetMapping("/toolkit/printbaar/customer-journey-canvas")
	String customerJourneyCanvas(Model model) {
		model.addAttribute("steps", java.util.stream.IntStream.rangeClosed(1, JOURNEY_STEPS).boxed().toList());
		return "toolkit/print-customer-journey";
	}

	@GetMapping("/toolkit/printbaar/businesscase-blad")
	String businessCaseSheet(Model model) {
		model.addAttribute("sides", BusinessCaseEntry.Side.values());
		model.addAttribute("dimensions", BusinessCaseEntry.Dimension.values());
		return "toolkit/print-business-case";
	}

}
