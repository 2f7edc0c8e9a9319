package nl.clubhuis.publishing.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.publishing.domain.CommentService;
import nl.clubhuis.publishing.domain.CommentService.CommentOnPost;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.Post;
import nl.clubhuis.publishing.domain.PostComment;
import nl.clubhuis.publishing.domain.PostWriting;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing, changing, deleting, reporting and moderating comments. */
@Controller
class CommentController {

	private static final String REPORTED = "clubhuis.reportedComments";

	private final CommentService comments;

	private final PostWriting posts;

	private final MemberDirectory members;

	private final Doetanks doetanks;

	CommentController(CommentService comments, PostWriting posts, MemberDirectory members, Doetanks doetanks) {
		this.comments = comments;
		this.posts = posts;
		this.members = members;
		this.doetanks = doetanks;
	}

	@PostMapping("/berichten/{postSlug}/reacties")
	String add(@PathVariable String postSlug, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// Back to the post (an address that can be reloaded), at the form, with the
			// text and the message.
			redirect.addFlashAttribute("commentForm", form);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "commentForm", errors);
			return "redirect:" + this.posts.show(postSlug, viewer).path() + "#reageren";
		}
		CommentOnPost comment = this.comments.add(postSlug, form.getText(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "comment.saved");
		return backTo(comment);
	}

	@GetMapping("/reacties/{id}/bewerken")
	String editForm(@PathVariable Long id, Viewer viewer, Model model) {
		CommentOnPost comment = this.comments.forEditing(id, viewer.member());
		CommentForm form = new CommentForm();
		form.setText(comment.comment().getText());
		model.addAttribute("comment", editView(comment));
		model.addAttribute("commentForm", form);
		return "publishing/comment-edit";
	}

	@PostMapping("/reacties/{id}/bewerken")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("comment", editView(this.comments.forEditing(id, viewer.member())));
			return "publishing/comment-edit";
		}
		CommentOnPost comment = this.comments.rewrite(id, form.getText(), viewer.member());
		redirect.addFlashAttribute("flashSuccess", "comment.changed");
		return backTo(comment);
	}

	@PostMapping("/reacties/{id}/verwijderen")
	String delete(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		LocatedPost post = this.comments.delete(id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "comment.deleted");
		return "redirect:" + post.path() + "#reacties";
	}

	@PostMapping("/reacties/{id}/melden")
	String report(@PathVariable Long id, Viewer viewer, HttpSession session, RedirectAttributes redirect) {
		@SuppressWarnings("unchecked")
		Set<Long> reported = (Set<Long>) session.getAttribute(REPORTED);
		Set<Long> updated = (reported != null) ? new HashSet<>(reported) : new HashSet<>();
		// One report per visitor counts; pressing again only thanks them again.
		CommentOnPost comment = updated.add(id) ? this.comments.report(id, viewer)
				: this.comments.findVisible(id, viewer);
		session.setAttribute(REPORTED, updated);
		redirect.addFlashAttribute("flashSuccess", "comment.reported");
		return backTo(comment);
	}

	@PostMapping("/reacties/{id}/verbergen")
	String hide(@PathVariable Long id, @RequestParam(name = "terug", required = false) String back, Viewer viewer,
			RedirectAttributes redirect) {
		CommentOnPost comment = this.comments.hide(id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "comment.hidden");
		return "moderatie".equals(back) ? "redirect:/redactie/reacties" : backTo(comment);
	}

	@PostMapping("/reacties/{id}/herstellen")
	String restore(@PathVariable Long id, @RequestParam(name = "terug", required = false) String back, Viewer viewer,
			RedirectAttributes redirect) {
		CommentOnPost comment = this.comments.restore(id, viewer.member());
		redirect.addFlashAttribute("flashSuccess", "comment.restored");
		return "moderatie".equals(back) ? "redirect:/redactie/reacties" : backTo(comment);
	}

	@GetMapping("/redactie/reacties")
	String reported(PageNumber page, Viewer viewer, Model model) {
		model.addAttribute("comments",
				reportedView(page.fetch((number) -> this.comments.reported(viewer.member(), number))));
		return "publishing/moderation";
	}

	/** The page of reported comments, its authors and Doetanks looked up once each. */
	private Page<ReportedComment> reportedView(Page<PostComment> reported) {
		List<PostComment> comments = reported.getContent();
		Map<Long, MemberRef> authors = this.members.byIds(comments.stream().map(PostComment::getAuthorId).toList());
		Map<Long, DoetankRef> doetanks = this.doetanks
			.byIds(comments.stream().map((c) -> c.getPost().getDoetankId()).filter(Objects::nonNull).toList());
		return reported.map((comment) -> {
			Post post = comment.getPost();
			DoetankRef doetank = (post.getDoetankId() != null) ? doetanks.get(post.getDoetankId()) : null;
			String postPath = post.getKind().pathOf((doetank != null) ? doetank.slug() : null, post.getSlug());
			return new ReportedComment(comment.getId(), authors.get(comment.getAuthorId()), comment.getText(),
					post.getTitle(), postPath, comment.getReportCount(), comment.isHidden());
		});
	}

	private static CommentEditView editView(CommentOnPost comment) {
		return new CommentEditView(comment.comment().getId(), comment.post().post().getTitle(), comment.post().path());
	}

	/** The comment being changed and the post it is under. */
	record CommentEditView(Long id, String postTitle, String postPath) {
	}

	private static String backTo(CommentOnPost comment) {
		return "redirect:" + comment.path();
	}

}
