package nl.clubhuis.publishing.web;

import java.util.List;
import java.util.Locale;

import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.PostLists;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** All Doetanks' blogs together, and every post with one tag. */
@Controller
class BlogsController {

	private final PostLists lists;

	BlogsController(PostLists lists) {
		this.lists = lists;
	}

	@GetMapping("/blogs")
	String blogs(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		model.addAttribute("posts", this.lists.published(PostKind.ofDoetanks(), page - 1));
		model.addAttribute("feeds", List.of(Feeds.ofAllDoetankBlogs()));
		return "publishing/blogs";
	}

	@GetMapping("/tags/{tag}")
	String tag(@PathVariable String tag, @RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		String wanted = tag.strip().toLowerCase(Locale.ROOT);
		model.addAttribute("tag", wanted);
		model.addAttribute("posts", this.lists.withTag(wanted, page - 1));
		return "publishing/tag";
	}

}
