package nl.clubhuis.publishing;

import java.util.List;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.PageNumber;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A Doetank's blog: its members write without an editor; its coaches write beschouwingen
 * on its phases.
 */
@Controller
class DoetankBlogController {

	private static final String BLOG = "/doetanks/{slug}/blog";

	private final DoetankCatalog doetanks;

	private final PostCatalog catalog;

	private final PostService posts;

	private final PostAccess access;

	private final PostPageModel page;

	private final PostEditor editor;

	DoetankBlogController(DoetankCatalog doetanks, PostCatalog catalog, PostService posts, PostAccess access,
			PostPageModel page, PostEditor editor) {
		this.doetanks = doetanks;
		this.catalog = catalog;
		this.posts = posts;
		this.access = access;
		this.page = page;
		this.editor = editor;
	}

	@GetMapping(BLOG)
	String list(@PathVariable String slug, PageNumber pageNumber, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model) {
		Doetank doetank = this.doetanks.show(slug, viewer);
		model.addAttribute("doetank", doetank);
		model.addAttribute("posts", pageNumber.fetch((number) -> this.catalog.ofDoetank(doetank, number)));
		model.addAttribute("unpublished", this.catalog.unpublishedOf(doetank, viewer));
		model.addAttribute("canWrite", this.access.canWrite(PostKind.DOETANKBLOG, doetank, viewer));
		model.addAttribute("canWriteBeschouwing", this.access.canWrite(PostKind.BESCHOUWING, doetank, viewer));
		model.addAttribute("feeds", List.of(Feeds.ofDoetank(doetank)));
		return "publishing/doetank-blog";
	}

	@GetMapping(BLOG + "/{postSlug}")
	String show(@PathVariable String slug, @PathVariable String postSlug, PageNumber commentPage,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		Post post = onBlogOf(this.posts.show(postSlug, viewer), slug);
		return this.page.render(model, post, viewer, commentPage);
	}

	@GetMapping(BLOG + "/nieuw")
	String newPost(@PathVariable String slug, @RequestParam(name = "soort", defaultValue = "blog") String sort,
			@AuthenticationPrincipal MemberPrincipal writer, Model model) {
		PostEditor.Target target = newTarget(slug, sort, writer);
		PostForm form = new PostForm();
		form.setPhase(target.doetank().getPhase());
		return this.editor.show(model, target, form);
	}

	@PostMapping(BLOG + "/nieuw")
	String write(@PathVariable String slug, @RequestParam(name = "soort", defaultValue = "blog") String sort,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action,
			@AuthenticationPrincipal MemberPrincipal writer, Model model, RedirectAttributes redirect) {
		return this.editor.submit(newTarget(slug, sort, writer), form, errors, cover, action, writer, model, redirect);
	}

	@GetMapping(BLOG + "/{postSlug}/bewerken")
	String editForm(@PathVariable String slug, @PathVariable String postSlug,
			@AuthenticationPrincipal MemberPrincipal editor, Model model) {
		Post post = onBlogOf(this.posts.forEditing(postSlug, editor), slug);
		return this.editor.show(model, editTarget(post), PostForm.of(post, this.editor.zone()));
	}

	@PostMapping(BLOG + "/{postSlug}/bewerken")
	String edit(@PathVariable String slug, @PathVariable String postSlug,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action,
			@AuthenticationPrincipal MemberPrincipal editor, Model model, RedirectAttributes redirect) {
		Post post = onBlogOf(this.posts.forEditing(postSlug, editor), slug);
		return this.editor.submit(editTarget(post), form, errors, cover, action, editor, model, redirect);
	}

	private PostEditor.Target newTarget(String slug, String sort, MemberPrincipal writer) {
		Doetank doetank = this.doetanks.show(slug, writer);
		PostKind kind = "beschouwing".equals(sort) ? PostKind.BESCHOUWING : PostKind.DOETANKBLOG;
		if (!this.access.canWrite(kind, doetank, writer)) {
			throw new AccessDeniedException("may not write a " + kind + " on " + slug);
		}
		String action = "/doetanks/" + doetank.getSlug() + "/blog/nieuw"
				+ ((kind == PostKind.BESCHOUWING) ? "?soort=beschouwing" : "");
		return new PostEditor.Target(kind, doetank, null, action);
	}

	private static PostEditor.Target editTarget(Post post) {
		return new PostEditor.Target(post.getKind(), post.getDoetank(), post, post.getPath() + "/bewerken");
	}

	/** A post is only found on the blog of its own Doetank. */
	private static Post onBlogOf(Post post, String doetankSlug) {
		if (post.getDoetank() == null || !post.getDoetank().getSlug().equals(doetankSlug)) {
			throw new NotFoundException(doetankSlug + "/blog/" + post.getSlug());
		}
		return post;
	}

}
