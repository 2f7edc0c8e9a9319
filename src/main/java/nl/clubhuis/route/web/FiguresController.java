package nl.clubhuis.route.web;

import java.util.Map;

import nl.clubhuis.route.YearFigures;
import nl.clubhuis.route.domain.NetworkFigures;
import nl.clubhuis.route.domain.OpdrachtgeverFigures;

import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;

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

	private final SharedContent shared;

	private final SharedMarkup markup;

	FiguresController(NetworkFigures figures, OpdrachtgeverFigures voices, YearFigures years, SharedContent shared,
			SharedMarkup markup) {
		this.shared = shared;
		this.markup = markup;
		this.figures = figures;
		this.voices = voices;
		this.years = years;
	}

	@GetMapping("/cijfers")
	String figures(Model model) {
		// The same for everyone: computed and drawn once until the content changes.
		model.addAttribute("figuresMarkup",
				this.markup.render("cijfers", "route/figures-content :: content",
						() -> Map.of("figures", this.shared.get("cijfers", this.figures::compute), "voices",
								this.shared.get("cijfers:voices", this.voices::compute), "years",
								this.shared.get("cijfers:years", this.years::yearsWithData))));
		return "route/figures";
	}

}
