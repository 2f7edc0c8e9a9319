package nl.clubhuis.site;

import java.util.Comparator;
import java.util.List;

import nl.clubhuis.member.MyPageSection;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.PageReads;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * /mijn, "Mijn Clubhuis": the member's own start page. It knows none of the modules: each
 * adds its sections through {@link MyPageSection} (and what waits for the member through
 * {@link nl.clubhuis.member.WaitingForMe}), and the page shows them in order.
 */
@Controller
class MyPageController {

	private final List<MyPageSection> sections;

	private final PageReads reads;

	private final KeptPages pages;

	MyPageController(List<MyPageSection> sections, PageReads reads, KeptPages pages) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(MyPageSection::order)).toList();
		this.reads = reads;
		this.pages = pages;
	}

	/**
	 * Kept for the member as they saw it (with their roles: a coach is waited for more)
	 * until anything changes, since every section shows what the database holds.
	 */
	@GetMapping("/mijn")
	ModelAndView show(Viewer viewer, Model model) {
		return this.pages.page(viewer.member().id(), viewer.pageKey(), model, () -> {
			model.addAttribute("sections",
					this.reads.of(() -> this.sections.stream()
						.map((section) -> new Shown(section.fragment(), section.content(viewer)))
						.toList()));
			return "site/mijn";
		});
	}

	/** One section as the page shows it: its fragment with its content. */
	public record Shown(String fragment, Object content) {
	}

}
