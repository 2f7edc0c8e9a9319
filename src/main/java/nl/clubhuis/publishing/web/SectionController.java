package nl.clubhuis.publishing.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.PostAccess;
import nl.clubhuis.publishing.domain.PostLists;
import nl.clubhuis.publishing.domain.PostWriting;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's own sections, written by redacteurs: /nieuws and /cafeblog. */
@Controller
class SectionController {

	private static final String SECTION = "/{section:nieuws|cafeblog}";

	private final PostLists lists;

	private final PostWriting posts;

	private final PostPageModel page;

	private final PostEditor editor;

	private final SharedContent shared;

	private final SharedMarkup markup;

	private final KeptPages pages;

	SectionController(PostLists lists, PostWriting posts, PostPageModel page, PostEditor editor, SharedContent shared,
			SharedMarkup markup, KeptPages pages) {
		this.pages = pages;
		this.shared = shared;
		this.markup = markup;
		this.lists = lists;
		this.posts = posts;
		this.page = page;
		this.editor = editor;
	}

	@GetMapping(SECTION)
	String list(@PathVariable String section, PageNumber pageNumber, Viewer viewer, Model model) {
		PostKind kind = PostKind.ofSection(section);
		model.addAttribute("kind", kind);
		model.addAttribute("baseUrl", "/" + section);
		SharedMarkup markup = this.markup.asOfNow();
		Page<PostCard> posts = pageNumber.fetch(
				(number) -> this.shared.get(section + ":" + number, () -> this.lists.published(Set.of(kind), number)));
		model.addAttribute("posts", posts);
		model.addAttribute("postsMarkup",
				markup.render(section + ":" + posts.getNumber(),
						"fragments/posts :: list(posts=${posts}, emptyKey='post.list.empty', showKind=false)",
						() -> Map.of("posts", posts.getContent())));
		model.addAttribute("unpublished", this.lists.unpublished(kind, viewer));
		model.addAttribute("permissions", PostAccess.toWrite(kind, null, TeamRoles.NOBODY, viewer));
		model.addAttribute("feeds", List.of(Feeds.ofSection(kind)));
		return "publishing/section";
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}).
	 */
	@GetMapping(SECTION + "/{slug}")
	ModelAndView show(@PathVariable String section, @PathVariable String slug, PageNumber commentPage, Viewer viewer,
			Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> this.page.render(model,
				() -> inSection(this.posts.show(slug, viewer), section), viewer, commentPage));
	}

	@GetMapping(SECTION + "/nieuw")
	String newPost(@PathVariable String section, Viewer viewer, Model model) {
		return this.editor.show(model, newTarget(section, viewer.member()), new PostForm());
	}

	@PostMapping(SECTION + "/nieuw")
	String write(@PathVariable String section, @Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		return this.editor.submit(newTarget(section, viewer.member()), form, errors, cover, action, viewer.member(),
				model, redirect);
	}

	@GetMapping(SECTION + "/{slug}/bewerken")
	String editForm(@PathVariable String section, @PathVariable String slug, Viewer viewer, Model model) {
		LocatedPost post = inSection(this.posts.forEditing(slug, viewer.member()), section);
		return this.editor.show(model, PostEditor.Target.existing(post), PostForm.of(post.post(), this.editor.zone()));
	}

	@PostMapping(SECTION + "/{slug}/bewerken")
	String edit(@PathVariable String section, @PathVariable String slug,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		LocatedPost post = inSection(this.posts.forEditing(slug, viewer.member()), section);
		return this.editor.submit(PostEditor.Target.existing(post), form, errors, cover, action, viewer.member(), model,
				redirect);
	}

	private PostEditor.Target newTarget(String section, MemberPrincipal writer) {
		return PostEditor.Target.newPost(this.posts.placeFor(PostKind.ofSection(section), null, writer),
				"/" + section + "/nieuw");
	}

	/** A post is only found under its own section's address. */
	private static LocatedPost inSection(LocatedPost located, String section) {
		PostKind kind = located.post().getKind();
		if (kind.belongsToADoetank() || !kind.section().equals(section)) {
			throw new NotFoundException(section + "/" + located.post().getSlug());
		}
		return located;
	}

}
