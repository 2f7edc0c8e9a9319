package nl.clubhuis.publishing;

import java.util.List;

import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** All Doetanks' blogs together, and every post with one tag. */
@Controller
class BlogsController {

	private final PostCatalog catalog;

	BlogsController(PostCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/blogs")
	String blogs(PageNumber page, Model model) {
		model.addAttribute("posts", page.fetch((number) -> this.catalog.published(PostCatalog.DOETANK_KINDS, number)));
		model.addAttribute("feeds", List.of(Feeds.ofAllDoetankBlogs()));
		return "publishing/blogs";
	}

	@GetMapping("/tags/{tag}")
	String tag(@PathVariable String tag, PageNumber page, Model model) {
		String wanted = tag.strip().toLowerCase(java.util.Locale.ROOT);
		model.addAttribute("tag", wanted);
		model.addAttribute("posts", page.fetch((number) -> this.catalog.withTag(wanted, number)));
		return "publishing/tag";
	}

}
