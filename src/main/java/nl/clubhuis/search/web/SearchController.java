package nl.clubhuis.search.web;

import nl.clubhuis.search.Search;
import nl.clubhuis.search.SearchResults;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** /zoeken: public to everyone, the same results for every viewer. */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/zoeken")
	String search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "soort", defaultValue = "") String kind,
			@RequestParam(name = "pagina", defaultValue = "1") String pageParam, Model model) {
		int page = page(pageParam);
		String onlyKind = Search.KINDS.contains(kind) ? kind : "";
		SearchResults results = this.search.find(query, onlyKind, page);
		model.addAttribute("q", query.length() > 200 ? query.substring(0, 200) : query);
		model.addAttribute("soort", onlyKind);
		model.addAttribute("kinds", Search.KINDS);
		model.addAttribute("results", results);
		model.addAttribute("page", new PageImpl<>(results.hits(), PageRequest.of(page - 1, Search.PAGE_SIZE),
				Math.max(results.total(), results.hits().size())));
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/zoeken")
					.queryParam("q", query)
					.queryParam("soort", onlyKind)
					.encode()
					.toUriString());
		return "search/results";
	}

	private static int page(String value) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(value), 500));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
