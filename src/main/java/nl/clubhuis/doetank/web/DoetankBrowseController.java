package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.domain.DoetankFilter;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

import java.util.Map;
import java.util.Optional;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;
import nl.clubhuis.shared.Params;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /doetanks: all public Doetanks, filtered by phase, status, theme and whether other
 * organisations took them up ({@code overgenomen=ja}) and words in their texts
 * ({@code zoek}, Dutch full-text search as on /zoeken), a page at a time.
 */
@Controller
class DoetankBrowseController {

	private final DoetankCatalog catalog;

	private final SharedContent shared;

	private final SharedMarkup markup;

	private final KeptPages pages;

	DoetankBrowseController(DoetankCatalog catalog, SharedContent shared, SharedMarkup markup, KeptPages pages) {
		this.pages = pages;
		this.catalog = catalog;
		this.shared = shared;
		this.markup = markup;
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}).
	 */
	@GetMapping("/doetanks")
	ModelAndView browse(@RequestParam(name = "fase", required = false) String phase,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "thema", required = false) String theme,
			@RequestParam(name = "overgenomen", required = false) String adopted,
			@RequestParam(name = "zoek", required = false) String words, PageNumber page, Viewer viewer, Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			DoetankFilter filter = new DoetankFilter(Params.option(Phase.class, phase),
					Params.option(DoetankStatus.class, status), Params.option(Theme.class, theme), "ja".equals(adopted),
					words);
			model.addAttribute("filter", filter);
			model.addAttribute("phases", Phase.values());
			model.addAttribute("statuses", DoetankStatus.PUBLIC);
			model.addAttribute("themes", Theme.values());
			// The address names the filter unambiguously (a search for "null" is not no
			// search).
			String baseUrl = UriComponentsBuilder.fromPath("/doetanks")
				.queryParamIfPresent("fase", Optional.ofNullable(filter.fase()))
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
				.queryParamIfPresent("thema", Optional.ofNullable(filter.thema()))
				.queryParamIfPresent("overgenomen", Optional.ofNullable(filter.overgenomen() ? "ja" : null))
				.queryParamIfPresent("zoek", Optional.ofNullable(filter.tekst()))
				.encode()
				.build()
				.toUriString();
			SharedMarkup markup = this.markup.asOfNow();
			Page<DoetankCard> doetanks = page.fetch((number) -> this.shared.get("doetanks:" + baseUrl + ":" + number,
					() -> this.catalog.browse(filter, number)));
			model.addAttribute("resultsMarkup",
					markup.render(baseUrl + ":" + doetanks.getNumber(),
							"fragments/doetank :: results(doetanks=${doetanks}, baseUrl=${baseUrl})",
							() -> Map.of("doetanks", doetanks, "baseUrl", baseUrl)));
			return "doetank/list";
		});
	}

}
