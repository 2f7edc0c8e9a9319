package nl.clubhuis.publishing;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import nl.clubhuis.member.MemberPrincipal;
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

/** The network's own sections, written by redacteurs: /nieuws and /cafeblog. */
@Controller
class SectionController {

	private static final String SECTION = "/{section:nieuws|cafeblog}";

	private final PostCatalog catalog;

	private final PostService posts;

	private final PostAccess access;

	private final PostPageModel page;

	private final PostEditor editor;

	SectionController(PostCatalog catalog, PostService posts, PostAccess access, PostPageModel page,
			PostEditor editor) {
		this.catalog = catalog;
		this.posts = posts;
		this.access = access;
		this.page = page;
		this.editor = editor;
	}

	@GetMapping(SECTION)
	String list(@PathVariable String section, PageNumber pageNumber, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model) {
		PostKind kind = PostKind.ofSection(section);
		model.addAttribute("kind", kind);
		model.addAttribute("baseUrl", "/" + section);
		model.addAttribute("posts", pageNumber.fetch((number) -> this.catalog.published(Set.of(kind), number)));
		model.addAttribute("unpublished", this.catalog.unpublished(kind, viewer));
		model.addAttribute("canWrite", this.access.canWrite(kind, null, viewer));
		model.addAttribute("feeds", List.of(Feeds.ofSection(kind)));
		return "publishing/section";
	}

	@GetMapping(SECTION + "/{slug}")
	String show(@PathVariable String section, @PathVariable String slug, PageNumber commentPage,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		Post post = inSection(this.posts.show(slug, viewer), section);
		return this.page.render(model, post, viewer, commentPage);
	}

	@GetMapping(SECTION + "/nieuw")
	String newPost(@PathVariable String section, @AuthenticationPrincipal MemberPrincipal writer, Model model) {
		return this.editor.show(model, newTarget(section, writer), new PostForm());
	}

	@PostMapping(SECTION + "/nieuw")
	String write(@PathVariable String section, @Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action,
			@AuthenticationPrincipal MemberPrincipal writer, Model model, RedirectAttributes redirect) {
		return this.editor.submit(newTarget(section, writer), form, errors, cover, action, writer, model, redirect);
	}

	@GetMapping(SECTION + "/{slug}/bewerken")
	String editForm(@PathVariable String section, @PathVariable String slug,
			@AuthenticationPrincipal MemberPrincipal editor, Model model) {
		Post post = inSection(this.posts.forEditing(slug, editor), section);
		return this.editor.show(model, editTarget(post), PostForm.of(post, this.editor.zone()));
	}

	@PostMapping(SECTION + "/{slug}/bewerken")
	String edit(@PathVariable String section, @PathVariable String slug,
			@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "omslag", required = false) MultipartFile cover,
			@RequestParam(name = "actie", defaultValue = "concept") String action,
			@AuthenticationPrincipal MemberPrincipal editor, Model model, RedirectAttributes redirect) {
		Post post = inSection(this.posts.forEditing(slug, editor), section);
		return this.editor.submit(editTarget(post), form, errors, cover, action, editor, model, redirect);
	}

	private PostEditor.Target newTarget(String section, MemberPrincipal writer) {
		PostKind kind = PostKind.ofSection(section);
		if (!this.access.canWrite(kind, null, writer)) {
			throw new AccessDeniedException("only redacteurs write in /" + section);
		}
		return new PostEditor.Target(kind, null, null, "/" + section + "/nieuw");
	}

	private static PostEditor.Target editTarget(Post post) {
		return new PostEditor.Target(post.getKind(), null, post, post.getPath() + "/bewerken");
	}

	/** A post is only found under its own section's address. */
	private static Post inSection(Post post, String section) {
		if (post.getKind().belongsToADoetank() || !post.getKind().section().equals(section)) {
			throw new nl.clubhuis.shared.NotFoundException(section + "/" + post.getSlug());
		}
		return post;
	}

}
