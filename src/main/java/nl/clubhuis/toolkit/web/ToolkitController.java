package nl.clubhuis.toolkit.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.Markdown;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;
import nl.clubhuis.shared.Params;
import nl.clubhuis.toolkit.UsageExample;
import nl.clubhuis.toolkit.WerkvormCard;
import nl.clubhuis.toolkit.domain.ToolkitAccess;
import nl.clubhuis.toolkit.domain.Werkvorm;
import nl.clubhuis.toolkit.domain.WerkvormCatalog;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** /toolkit: the werkvormen, filtered by phase, and one werkvorm's page. */
@Controller
class ToolkitController {

	private final WerkvormCatalog catalog;

	private final ToolkitAccess access;

	private final SharedContent shared;

	private final SharedMarkup markup;

	private final KeptPages pages;

	ToolkitController(WerkvormCatalog catalog, ToolkitAccess access, SharedContent shared, SharedMarkup markup,
			KeptPages pages) {
		this.pages = pages;
		this.shared = shared;
		this.markup = markup;
		this.catalog = catalog;
		this.access = access;
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}).
	 */
	@GetMapping("/toolkit")
	ModelAndView list(@RequestParam(name = "fase", required = false) String phase, PageNumber page, Viewer viewer,
			Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			Phase chosen = Params.option(Phase.class, phase);
			SharedMarkup markup = this.markup.asOfNow();
			Page<WerkvormCard> werkvormen = page.fetch((number) -> this.shared.get("toolkit:" + chosen + ":" + number,
					() -> this.catalog.list(chosen, number)));
			model.addAttribute("phase", chosen);
			model.addAttribute("phases", Phase.values());
			String baseUrl = (chosen != null) ? "/toolkit?fase=" + chosen : "/toolkit";
			model.addAttribute("resultsMarkup", markup.render(baseUrl + ":" + werkvormen.getNumber(),
					"fragments/toolkit :: results(werkvormen=${werkvormen}, phase=${phase}, baseUrl=${baseUrl})",
					() -> {
						Map<String, Object> variables = new HashMap<>(
								Map.of("werkvormen", werkvormen, "baseUrl", baseUrl));
						variables.put("phase", chosen); // null: all phases
						return variables;
					}));
			model.addAttribute("canEdit", this.access.canEdit(viewer));
			return "toolkit/list";
		});
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}).
	 */
	@GetMapping("/toolkit/{slug}")
	ModelAndView show(@PathVariable String slug, PageNumber page, Viewer viewer, Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			SharedMarkup markup = this.markup.asOfNow();
			// The werkvorm itself is read only when what the page shows of it is not
			// kept.
			Supplier<Werkvorm> werkvorm = SingletonSupplier.of(() -> this.catalog.show(slug));
			model.addAttribute("werkvorm", this.shared.get("toolkit.werkvorm:" + slug, () -> werkvorm.get().card()));
			Page<UsageExample> usages = page.fetch((number) -> this.shared.get("toolkit.usages:" + slug + ":" + number,
					() -> this.catalog.usages(werkvorm.get(), number)));
			model.addAttribute("detailsMarkup", markup.render(slug + ":" + usages.getNumber(),
					"toolkit/werkvorm-details :: details", () -> details(werkvorm.get(), usages)));
			model.addAttribute("canEdit", this.access.canEdit(viewer));
			return "toolkit/werkvorm";
		});
	}

	/** What a werkvorm's page shows everyone (drawn only when not kept). */
	private Map<String, ?> details(Werkvorm werkvorm, Page<UsageExample> usages) {
		return Map.of("werkvorm", werkvorm, "whenToUse", Markdown.toHtml(werkvorm.getWhenToUse()), "steps",
				Markdown.toHtml(werkvorm.getSteps()), "materials", Markdown.toHtml(werkvorm.getMaterials()),
				"templates", this.catalog.templates(werkvorm.getSlug()), "usages", usages, "phases", Phase.values());
	}

}
