package nl.clubhuis.publishing;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** All Doetanks' blogs together, and every post with one tag. */
@Controller
class BlogsController {

	private final PostCatalog catalog;

	BlogsController(PostCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/blogs")
	String blogs(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		model.addAttribute("posts", this.catalog.published(PostCatalog.DOETANK_KINDS, page - 1));
		model.addAttribute("feeds", List.of(Feeds.ofAllDoetankBlogs()));
		return "publishing/blogs";
	}

	@GetMapping("/tags/{tag}")
	String tag(@PathVariable String tag, @RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		String wanted = tag.strip().toLowerCase(java.util.Locale.ROOT);
		model.addAttribute("tag", wanted);
		model.addAttribute("posts", this.catalog.withTag(wanted, page - 1));
		return "publishing/tag";
	}

}
