package nl.clubhuis.route.web;

import nl.clubhuis.route.YearFigures;
import nl.clubhuis.route.domain.NetworkFigures;
import nl.clubhuis.route.domain.OpdrachtgeverFigures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /cijfers: the network in numbers, drawn on the server as charts with the numbers beside
 * them, and a link to the yearly report of each year with data.
 */
@Controller
class FiguresController {

	private final NetworkFigures figures;

	private final OpdrachtgeverFigures voices;

	private final YearFigures years;

	FiguresController(NetworkFigures figures, OpdrachtgeverFigures voices, YearFigures years) {
		this.figures = figures;
		this.voices = voices;
		this.years = years;
	}

	@GetMapping("/cijfers")
	String figures(Model model) {
		model.addAttribute("figures", this.figures.compute());
		model.addAttribute("voices", this.voices.compute());
		model.addAttribute("years", this.years.yearsWithData());
		return "route/figures";
	}

}
