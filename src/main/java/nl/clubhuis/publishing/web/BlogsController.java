package nl.clubhuis.publishing.web;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.PostLists;

import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** All Doetanks' blogs together, and every post with one tag. */
@Controller
class BlogsController {

	private final PostLists lists;

	private final SharedContent shared;

	private final SharedMarkup markup;

	BlogsController(PostLists lists, SharedContent shared, SharedMarkup markup) {
		this.markup = markup;
		this.lists = lists;
		this.shared = shared;
	}

	@GetMapping("/blogs")
	String blogs(PageNumber page, Model model) {
		SharedMarkup markup = this.markup.asOfNow();
		Page<PostCard> posts = page.fetch((number) -> this.shared.get("blogs:" + number,
				() -> this.lists.published(PostKind.ofDoetanks(), number)));
		model.addAttribute("posts", posts);
		model.addAttribute("postsMarkup",
				markup.render("blogs:" + posts.getNumber(),
						"fragments/posts :: list(posts=${posts}, emptyKey='post.list.empty', showKind=true)",
						() -> Map.of("posts", posts.getContent())));
		model.addAttribute("feeds", List.of(Feeds.ofAllDoetankBlogs()));
		return "publishing/blogs";
	}

	@GetMapping("/tags/{tag}")
	String tag(@PathVariable String tag, PageNumber page, Model model) {
		String wanted = tag.strip().toLowerCase(Locale.ROOT);
		model.addAttribute("tag", wanted);
		model.addAttribute("posts", page.fetch((number) -> this.lists.withTag(wanted, number)));
		return "publishing/tag";
	}

}
