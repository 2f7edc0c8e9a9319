package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.Phase;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedMarkup;
import nl.clubhuis.shared.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /doetanks/lessen: every stopped Doetank with why it stopped and what the network
 * learnt.
 */
@Controller
class LessonsController {

	private final DoetankCatalog catalog;

	private final SharedMarkup markup;

	LessonsController(DoetankCatalog catalog, SharedMarkup markup) {
		this.catalog = catalog;
		this.markup = markup;
	}

	@GetMapping("/doetanks/lessen")
	String lessons(@RequestParam(name = "fase", required = false) String phase,
			@RequestParam(name = "zoek", required = false) String search, PageNumber page, Model model) {
		Phase stoppedIn = Arrays.stream(Phase.values())
			.filter((p) -> p.name().equalsIgnoreCase(String.valueOf(phase).strip()))
			.findFirst()
			.orElse(null);
		String typed = Texts.stripToNull((search != null) ? search.replaceAll("\\p{Cntrl}", " ") : null);
		String words = (typed != null && typed.length() > 100) ? typed.substring(0, 100) : typed;
		model.addAttribute("fase", stoppedIn);
		model.addAttribute("zoek", words);
		model.addAttribute("phases", Phase.values());
		String baseUrl = UriComponentsBuilder.fromPath("/doetanks/lessen")
			.queryParamIfPresent("fase", Optional.ofNullable(stoppedIn))
			.queryParamIfPresent("zoek", Optional.ofNullable(words))
			.encode()
			.build()
			.toUriString();
		// Kept by the page asked for: a page past the end shows the last one.
		model.addAttribute("resultsMarkup", this.markup.render(baseUrl + ":" + page.value(),
				"doetank/lessons-results :: results(stopped=${stopped}, baseUrl=${baseUrl})", () -> Map.of("stopped",
						page.fetch((number) -> this.catalog.lessons(stoppedIn, words, number)), "baseUrl", baseUrl)));
		return "doetank/lessons";
	}

}
