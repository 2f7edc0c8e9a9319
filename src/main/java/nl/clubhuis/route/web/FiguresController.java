package nl.clubhuis.route.web;

import nl.clubhuis.route.domain.NetworkFigures;
import nl.clubhuis.route.domain.OpdrachtgeverFigures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /cijfers: the network in numbers, drawn on the server as charts with the numbers beside
 * them.
 */
@Controller
class FiguresController {

	private final NetworkFigures figures;

	private final OpdrachtgeverFigures voices;

	FiguresController(NetworkFigures figures, OpdrachtgeverFigures voices) {
		this.figures = figures;
		this.voices = voices;
	}

	@GetMapping("/cijfers")
	String figures(Model model) {
		model.addAttribute("figures", this.figures.compute());
		model.addAttribute("voices", this.voices.compute());
		return "route/figures";
	}

}
