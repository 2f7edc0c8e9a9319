package nl.clubhuis.publishing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostStatus;
import nl.clubhuis.publishing.Publication;
import nl.clubhuis.publishing.domain.ImageUploads;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.Post;
import nl.clubhuis.publishing.domain.PostWriting;
import nl.clubhuis.shared.Markdown;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The post form for every kind of post: shows it, previews it (rendered on the server, so
 * it works without JavaScript), and saves it as concept or publishes it. A picture sent
 * with a form that has other errors is kept, so nothing typed or chosen is lost.
 */
@Component
class PostEditor {

	static final String VIEW = "publishing/form";

	private final PostWriting posts;

	private final ImageUploads uploads;

	private final Clock clock;

	PostEditor(PostWriting posts, ImageUploads uploads, Clock clock) {
		this.posts = posts;
		this.uploads = uploads;
		this.clock = clock;
	}

	/**
	 * What the form is for: a new post of a kind (in a section, or on a Doetank's blog),
	 * or an existing post.
	 */
	record Target(PostKind kind, DoetankRef doetank, Post existing, String action) {

		static Target newPost(PostWriting.Place place, String action) {
			return new Target(place.kind(), place.doetank(), null, action);
		}

		static Target existing(LocatedPost post) {
			return new Target(post.post().getKind(), post.doetank(), post.post(), post.path() + "/bewerken");
		}

		String doetankSlug() {
			return (this.doetank != null) ? this.doetank.slug() : null;
		}

	}

	ZoneId zone() {
		return this.clock.getZone();
	}

	String show(Model model, Target target, PostForm form) {
		model.addAttribute("postForm", form);
		return view(model, target);
	}

	String submit(Target target, PostForm form, BindingResult errors, MultipartFile cover, String action,
			MemberPrincipal writer, Model model, RedirectAttributes redirect) {
		keepUploadedCover(target, form, errors, cover, writer);
		form.check(errors, target.kind() == PostKind.BESCHOUWING);
		if (target.kind() == PostKind.BESCHOUWING && form.getPhase() != null
				&& !Post.isPhaseReached(target.doetank().phase(), form.getPhase())) {
			errors.rejectValue("phase", "post.rule.phaseNotReached");
		}
		Instant publishAt = (form.getPublishAt() != null) ? form.getPublishAt().atZone(this.clock.getZone()).toInstant()
				: null;
		if ("voorbeeld".equals(action) || errors.hasErrors()) {
			if ("voorbeeld".equals(action)) {
				model.addAttribute("preview", Markdown.toHtml(form.getBody()));
			}
			return view(model, target);
		}
		Publication publication = "publiceren".equals(action) ? Publication.at(publishAt) : Publication.concept();
		Long coverId = form.hasCover() ? form.getCoverImageId() : null;
		LocatedPost post;
		try {
			post = (target.existing() == null)
					? this.posts.write(target.kind(), target.doetankSlug(), form.content(), coverId, publication,
							writer)
					: this.posts.edit(target.existing().getSlug(), form.getVersion(), form.content(), coverId,
							publication, writer);
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved this post meanwhile: keep what this writer typed, say so, and
			// let a second save deliberately replace the other version.
			errors.reject("post.conflict");
			form.setVersion(this.posts.forEditing(target.existing().getSlug(), writer).post().getVersion());
			return view(model, target);
		}
		redirect.addFlashAttribute("flashSuccess", outcome(post.post()));
		return "redirect:" + post.path();
	}

	private String outcome(Post post) {
		if (post.getStatus() == PostStatus.CONCEPT) {
			return "post.saved.concept";
		}
		return post.isScheduledAt(this.clock.instant()) ? "post.saved.scheduled" : "post.saved.published";
	}

	private void keepUploadedCover(Target target, PostForm form, BindingResult errors, MultipartFile cover,
			MemberPrincipal writer) {
		try {
			this.uploads.store(cover, writer).ifPresent((image) -> {
				form.setCoverImageId(image.getId());
				form.setRemoveCover(false);
			});
		}
		catch (RuleViolationException ex) {
			errors.rejectValue("coverImageId", ex.messageKey(),
					new Object[] { this.uploads.maxBytes() / (1024 * 1024) }, null);
		}
		Long chosen = form.getCoverImageId();
		boolean postHasIt = target.existing() != null && chosen != null
				&& chosen.equals(target.existing().getCoverId());
		if (chosen != null && !postHasIt && this.uploads.ownImage(chosen, writer).isEmpty()) {
			// Only a picture this writer uploaded, or the one the post already has.
			form.setCoverImageId(null);
		}
	}

	private String view(Model model, Target target) {
		model.addAttribute("target", target);
		model.addAttribute("kind", target.kind());
		model.addAttribute("doetank", target.doetank());
		model.addAttribute("editing", target.existing());
		model.addAttribute("phases", (target.doetank() != null && target.doetank().phase() != null)
				? target.doetank().phase().andBefore() : List.<Phase>of());
		model.addAttribute("maxUploadMb", this.uploads.maxBytes() / (1024 * 1024));
		return VIEW;
	}

}
