package nl.clubhuis.toolkit.web;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.Params;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.ToolkitCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /inspiratiewijzer: two questions (which phase, what do you run into), answered with
 * plain links and a form, so it works without JavaScript. The answer suggests werkvormen
 * and shows what other Doetanks did in the same spot.
 */
@Controller
class InspiratiewijzerController {

	private final ToolkitCatalog catalog;

	InspiratiewijzerController(ToolkitCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/inspiratiewijzer")
	String guide(@RequestParam(name = "fase", required = false) String phase,
			@RequestParam(name = "vraag", required = false) String question, Model model) {
		Phase chosenPhase = Params.option(Phase.class, phase);
		Question chosenQuestion = Question.fromParam(question);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("questions", Question.values());
		model.addAttribute("phase", chosenPhase);
		model.addAttribute("question", chosenQuestion);
		boolean askedSomething = phase != null || question != null;
		model.addAttribute("incomplete", askedSomething && (chosenPhase == null || chosenQuestion == null));
		if (chosenPhase != null && chosenQuestion != null) {
			model.addAttribute("suggestions", this.catalog.suggest(chosenPhase, chosenQuestion));
		}
		return "toolkit/inspiratiewijzer";
	}

}
