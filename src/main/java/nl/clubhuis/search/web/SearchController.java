package nl.clubhuis.search.web;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.search.Search;
import nl.clubhuis.search.SearchFilter;
import nl.clubhuis.search.SearchResults;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.Params;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** /zoeken: for everyone; each viewer finds what they may read. */
@Controller
class SearchController {

	/** The first year the network's own records (questions, Doetanks) reach back to. */
	private static final int FIRST_YEAR = 2010;

	private final Search search;

	private final Clock clock;

	private final KeptPages pages;

	SearchController(Search search, Clock clock, KeptPages pages) {
		this.search = search;
		this.clock = clock;
		this.pages = pages;
	}

	/**
	 * A member's searches are kept for them as they saw them, by address (words, kind,
	 * filters, page), until anything changes: going back from a hit to the results, or to
	 * an earlier page, searches once. What a visitor sees, the page cache keeps.
	 */
	@GetMapping("/zoeken")
	ModelAndView search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "soort", defaultValue = "") String kind,
			@RequestParam(name = "fase", required = false) String phase,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "thema", required = false) String theme,
			@RequestParam(name = "jaar", required = false) String year,
			@RequestParam(name = "pagina", defaultValue = "1") String pageParam, Viewer viewer, Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			int page = number(pageParam, 1, 500).orElse(1);
			int thisYear = LocalDate.now(this.clock.withZone(AmsterdamTime.ZONE)).getYear();
			SearchFilter filter = new SearchFilter(query, kind, Params.option(Phase.class, phase),
					Params.option(DoetankStatus.class, status), Params.option(Theme.class, theme),
					number(year, FIRST_YEAR, thisYear).orElse(null), viewer);
			SearchResults results = this.search.find(filter, page);
			model.addAttribute("q", filter.words());
			model.addAttribute("filter", filter);
			model.addAttribute("kinds", Search.KINDS);
			model.addAttribute("phases", Phase.values());
			model.addAttribute("statuses", DoetankStatus.PUBLIC);
			model.addAttribute("themes", Theme.values());
			model.addAttribute("years",
					IntStream.rangeClosed(FIRST_YEAR, thisYear).map((y) -> thisYear + FIRST_YEAR - y).boxed().toList());
			model.addAttribute("results", results);
			model.addAttribute("mostPerKind", Search.MOST_PER_KIND);
			model.addAttribute("page", new PageImpl<>(results.hits(), PageRequest.of(page - 1, Search.PAGE_SIZE),
					Math.max(results.total(), results.hits().size())));
			model.addAttribute("baseUrl", url(filter, filter.kind()));
			model.addAttribute("allKindsUrl", url(filter, ""));
			model.addAttribute("kindUrls",
					Search.KINDS.stream().collect(Collectors.toMap((k) -> k, (k) -> url(filter, k))));
			return "search/results";
		});
	}

	/** This search with another kind (or all kinds), the other filters kept. */
	private static String url(SearchFilter filter, String kind) {
		return UriComponentsBuilder.fromPath("/zoeken")
			.queryParam("q", filter.words())
			.queryParamIfPresent("soort", Optional.of(kind).filter((k) -> !k.isEmpty()))
			.queryParamIfPresent("fase", Optional.ofNullable(filter.fase()))
			.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
			.queryParamIfPresent("thema", Optional.ofNullable(filter.thema()))
			.queryParamIfPresent("jaar", Optional.ofNullable(filter.jaar()))
			.encode()
			.toUriString();
	}

	private static Optional<Integer> number(String value, int min, int max) {
		try {
			return Optional.of(Integer.parseInt(String.valueOf(value).strip())).filter((n) -> n >= min && n <= max);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
