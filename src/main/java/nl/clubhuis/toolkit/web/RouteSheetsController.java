package nl.clubhuis.toolkit.web;

import nl.clubhuis.route.BusinessCaseEntry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.route.BusinessCaseEntry;
import nl.clubhuis.route.ChecklistAnswer;
import nl.clubhuis.route.ChecklistPoint;
import nl.clubhuis.route.GateChecklist;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.Params;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Printable sheets of the route: the gatekeepers-overleg checklist of a phase (or of all
 * six) and a business case sheet. The only class of the toolkit that reads the route's
 * checklist and business case types, so their move to their own module changes only the
 * imports here.
 */
@Controller
class RouteSheetsController {

	private final GateChecklist checklist;

	RouteSheetsController(GateChecklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping("/toolkit/printbaar/gatekeepers-checklist")
	String gateChecklist(@RequestParam(name = "fase", required = false) String phase, Model model) {
		Phase chosen = Params.option(Phase.class, phase);
		List<Phase> phases = (chosen != null) ? List.of(chosen) : Arrays.asList(Phase.values());
		Map<Phase, List<?>> items = new LinkedHashMap<>();
		phases.forEach((p) -> items.put(p, this.checklist.of(p)));
		model.addAttribute("checklists", items);
		model.addAttribute("phase", chosen);
		model.addAttribute("allPhases", Phase.values());
		model.addAttribute("answers", ChecklistAnswer.values());
		model.addAttribute("decisions", GateDecision.Kind.values());
		return "toolkit/print-gate-checklist";
	}

	@GetMapping("/toolkit/printbaar/businesscase-blad")
	String businessCaseSheet(Model model) {
		model.addAttribute("sides", BusinessCaseEntry.Side.values());
		model.addAttribute("dimensions", BusinessCaseEntry.Dimension.values());
		return "toolkit/print-business-case";
	}

}
