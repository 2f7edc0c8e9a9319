package nl.clubhuis.publishing;

import java.time.Clock;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts one post, its comments and related posts into the model. */
@Component
class PostPageModel {

	static final String VIEW = "publishing/post";

	private final PostCatalog catalog;

	private final CommentService comments;

	private final PostAccess access;

	private final Clock clock;

	PostPageModel(PostCatalog catalog, CommentService comments, PostAccess access, Clock clock) {
		this.catalog = catalog;
		this.comments = comments;
		this.access = access;
		this.clock = clock;
	}

	String render(Model model, Post post, MemberPrincipal viewer, PageNumber commentPage) {
		model.addAttribute("post", post);
		model.addAttribute("html", post.getHtml());
		model.addAttribute("visible", post.isVisibleAt(this.clock.instant()));
		model.addAttribute("scheduled", post.isScheduledAt(this.clock.instant()));
		model.addAttribute("canEdit", this.access.canEdit(post, viewer));
		model.addAttribute("canModerate", this.access.canModerate(viewer));
		model.addAttribute("related", this.catalog.related(post, 3));
		model.addAttribute("comments", commentPage.fetch((number) -> this.comments.under(post, viewer, number)));
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		model.addAttribute("feeds", java.util.List.of(Feeds.of(post)));
		return VIEW;
	}

}
