package nl.clubhuis.route.web;

import nl.clubhuis.route.domain.NetworkFigures;

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

	FiguresController(NetworkFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/cijfers")
	String figures(Model model) {
		model.addAttribute("figures", this.figures.compute());
		return "route/figures";
	}

}
