package nl.clubhuis.publishing.web;

import java.util.List;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.PostAccess;
import nl.clubhuis.publishing.domain.PostLists;
import nl.clubhuis.publishing.domain.PostWriting;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.PageNumber;

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

/**
 * A Doetank's blog: its members write without an editor; its coaches write beschouwingen
 * on its phases.
 */
@Controller
class DoetankBlogController {

	private static final String BLOG = "/doetanks/{slug}/blog";

	private final Doetanks doetanks;

	private final PostLists lists;

	private final PostWriting posts;

	private final PostPageModel page;

	private final PostEditor editor;

	private final KeptPages pages;

	DoetankBlogController(Doetanks doetanks, PostLists lists, PostWriting posts, PostPageModel page, PostEditor editor,
			KeptPages pages) {
		this.pages = pages;
		this.doetanks = doetanks;
		this.lists = lists;
		this.posts = posts;
		this.page = page;
		this.editor = editor;
	}

	@GetMapping(BLOG)
	String list(@PathVariable String slug, PageNumber pageNumber, Viewer viewer, Model model) {
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		DoetankRef doetank = visible.doetank();
		model.addAttribute("doetank", doetank);
		model.addAttribute("posts", pageNumber.fetch((number) -> this.lists.ofDoetank(doetank, number)));
		model.addAttribute("unpublished", this.lists.unpublishedOf(doetank, visible.team(), viewer));
		model.addAttribute("permissions", PostAccess.toWrite(PostKind.DOETANKBLOG, doetank, visible.team(), viewer));
		model.addAttribute("feeds", List.of(Feeds.ofDoetank(doetank)));
		return "publishing/doetank-blog";
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}).
	 */
	@GetMapping(BLOG + "/{postSlug}")
	ModelAndView show(@PathVariable String slug, @PathVariable String postSlug, PageNumber commentPage, Viewer viewer,
			Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> this.page.render(model,
				() -> onBlogOf(this.posts.show(postSlug, viewer), slug), viewer, commentPage));
	}

	@GetMapping(BLOG + "/nieuw")
	String newPost(@PathVariable String slug, @RequestParam(name = "soort", defaultValue = "blog") String sort,
			Viewer viewer, Model model) {
		PostEditor.Target target = newTarget(slug, sort, viewer.member());
		PostForm form = new PostForm();
		form.setPhase(target.doetank().phase());
		return this.editor.show(model, target, form);
	}

	@PostMapping(BLOG + "/nieuw")
	String write(@PathVariable String slug, @RequestParam(name = "soort", defaultValue = "blog") String sort,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		return this.editor.submit(newTarget(slug, sort, viewer.member()), form, errors, cover, action, viewer.member(),
				model, redirect);
	}

	@GetMapping(BLOG + "/{postSlug}/bewerken")
	String editForm(@PathVariable String slug, @PathVariable String postSlug, Viewer viewer, Model model) {
		LocatedPost post = onBlogOf(this.posts.forEditing(postSlug, viewer.member()), slug);
		return this.editor.show(model, PostEditor.Target.existing(post), PostForm.of(post.post(), this.editor.zone()));
	}

	@PostMapping(BLOG + "/{postSlug}/bewerken")
	String edit(@PathVariable String slug, @PathVariable String postSlug,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		LocatedPost post = onBlogOf(this.posts.forEditing(postSlug, viewer.member()), slug);
		return this.editor.submit(PostEditor.Target.existing(post), form, errors, cover, action, viewer.member(), model,
				redirect);
	}

	private PostEditor.Target newTarget(String slug, String sort, MemberPrincipal writer) {
		PostKind kind = "beschouwing".equals(sort) ? PostKind.BESCHOUWING : PostKind.DOETANKBLOG;
		PostWriting.Place place = this.posts.placeFor(kind, slug, writer);
		String action = "/doetanks/" + place.doetank().slug() + "/blog/nieuw"
				+ ((kind == PostKind.BESCHOUWING) ? "?soort=beschouwing" : "");
		return PostEditor.Target.newPost(place, action);
	}

	/** A post is only found on the blog of its own Doetank. */
	private static LocatedPost onBlogOf(LocatedPost located, String doetankSlug) {
		if (located.doetank() == null || !located.doetank().slug().equals(doetankSlug)) {
			throw new NotFoundException(doetankSlug + "/blog/" + located.post().getSlug());
		}
		return located;
	}

}
