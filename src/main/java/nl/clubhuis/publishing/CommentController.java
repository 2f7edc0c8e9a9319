package nl.clubhuis.publishing;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.PageNumber;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	private final PostService posts;

	CommentController(CommentService comments, PostService posts) {
		this.comments = comments;
		this.posts = posts;
	}

	@PostMapping("/berichten/{postSlug}/reacties")
	String add(@PathVariable String postSlug, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, @AuthenticationPrincipal MemberPrincipal author, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// Back to the post (an address that can be reloaded), at the form, with the
			// text and the message.
			redirect.addFlashAttribute("commentForm", form);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "commentForm", errors);
			return "redirect:" + this.posts.show(postSlug, author).getPath() + "#reageren";
		}
		PostComment comment = this.comments.add(postSlug, form.getText(), author);
		redirect.addFlashAttribute("flashSuccess", "comment.saved");
		return backTo(comment);
	}

	@GetMapping("/reacties/{id}/bewerken")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal author, Model model) {
		PostComment comment = this.comments.forEditing(id, author);
		CommentForm form = new CommentForm();
		form.setText(comment.getText());
		model.addAttribute("comment", comment);
		model.addAttribute("commentForm", form);
		return "publishing/comment-edit";
	}

	@PostMapping("/reacties/{id}/bewerken")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			@AuthenticationPrincipal MemberPrincipal author, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("comment", this.comments.forEditing(id, author));
			return "publishing/comment-edit";
		}
		PostComment comment = this.comments.rewrite(id, form.getText(), author);
		redirect.addFlashAttribute("flashSuccess", "comment.changed");
		return backTo(comment);
	}

	@PostMapping("/reacties/{id}/verwijderen")
	String delete(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal author, RedirectAttributes redirect) {
		Post post = this.comments.delete(id, author);
		redirect.addFlashAttribute("flashSuccess", "comment.deleted");
		return "redirect:" + post.getPath() + "#reacties";
	}

	@PostMapping("/reacties/{id}/melden")
	String report(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal reporter, HttpSession session,
			RedirectAttributes redirect) {
		@SuppressWarnings("unchecked")
		Set<Long> reported = (Set<Long>) session.getAttribute(REPORTED);
		Set<Long> updated = (reported != null) ? new HashSet<>(reported) : new HashSet<>();
		// One report per visitor counts; pressing again only thanks them again.
		PostComment comment = updated.add(id) ? this.comments.report(id, reporter)
				: this.comments.findVisible(id, reporter);
		session.setAttribute(REPORTED, updated);
		redirect.addFlashAttribute("flashSuccess", "comment.reported");
		return backTo(comment);
	}

	@PostMapping("/reacties/{id}/verbergen")
	String hide(@PathVariable Long id, @RequestParam(name = "terug", required = false) String back,
			@AuthenticationPrincipal MemberPrincipal redacteur, RedirectAttributes redirect) {
		PostComment comment = this.comments.hide(id, redacteur);
		redirect.addFlashAttribute("flashSuccess", "comment.hidden");
		return "moderatie".equals(back) ? "redirect:/redactie/reacties" : backTo(comment);
	}

	@PostMapping("/reacties/{id}/herstellen")
	String restore(@PathVariable Long id, @RequestParam(name = "terug", required = false) String back,
			@AuthenticationPrincipal MemberPrincipal redacteur, RedirectAttributes redirect) {
		PostComment comment = this.comments.restore(id, redacteur);
		redirect.addFlashAttribute("flashSuccess", "comment.restored");
		return "moderatie".equals(back) ? "redirect:/redactie/reacties" : backTo(comment);
	}

	@GetMapping("/redactie/reacties")
	String reported(PageNumber page, @AuthenticationPrincipal MemberPrincipal redacteur, Model model) {
		model.addAttribute("comments", page.fetch((number) -> this.comments.reported(redacteur, number)));
		return "publishing/moderation";
	}

	private static String backTo(PostComment comment) {
		return "redirect:" + comment.getPost().getPath() + "#reactie-" + comment.getId();
	}

}
