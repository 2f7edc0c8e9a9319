package nl.clubhuis.publishing.web;

import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.publishing.domain.CommentService;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.PostAccess;
import nl.clubhuis.publishing.domain.PostComment;
import nl.clubhuis.publishing.domain.PostLists;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Puts one post, what its viewer may do, its comments and related posts into the model.
 * The post's author and the page of comments' authors are named in one lookup; the
 * related posts are the same for everyone and kept as shared content.
 */
@Component
class PostPageModel {

	static final String VIEW = "publishing/post";

	private final PostLists lists;

	private final CommentService comments;

	private final MemberDirectory members;

	private final Clock clock;

	private final SharedContent shared;

	PostPageModel(PostLists lists, CommentService comments, MemberDirectory members, Clock clock,
			SharedContent shared) {
		this.shared = shared;
		this.lists = lists;
		this.comments = comments;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Finds the post (and checks the viewer may read it) and reads what its page shows in
	 * one read-only transaction, not one per part.
	 */
	@Transactional(readOnly = true)
	String render(Model model, Supplier<LocatedPost> find, Viewer viewer, PageNumber commentPage) {
		LocatedPost post = find.get();
		Instant now = this.clock.instant();
		Page<PostComment> comments = commentPage.fetch((number) -> this.comments.under(post.post(), viewer, number));
		List<Long> authorIds = new ArrayList<>(comments.map(PostComment::getAuthorId).getContent());
		authorIds.add(post.post().getAuthorId());
		Map<Long, MemberRef> authors = this.members.byIds(authorIds);
		// Its text as HTML is the same for whoever may read it (posts.show checked that).
		String html = this.shared.get("post.html:" + post.post().getId(), post.post()::getHtml);
		model.addAttribute("post", PostView.of(post, html, authors.get(post.post().getAuthorId()), now));
		model.addAttribute("permissions", PostAccess.on(post, viewer, now));
		model.addAttribute("ownPost", viewer.is(post.post().getAuthorId()));
		model.addAttribute("related",
				this.shared.get("post.related:" + post.post().getId(), () -> this.lists.related(post.post(), 3)));
		model.addAttribute("comments",
				comments.map((comment) -> CommentView.of(comment, authors.get(comment.getAuthorId()))));
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		model.addAttribute("feeds", List.of(Feeds.of(post)));
		return VIEW;
	}

}
