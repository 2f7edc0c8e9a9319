package nl.clubhuis.publishing.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportInbox;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.SentTwice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments under posts, and their moderation. */
@Service
public class CommentService {

	static final int PAGE_SIZE = 50;

	private final PostCommentRepository comments;

	private final PostWriting posts;

	private final PostLocator locator;

	private final Clock clock;

	private final ReportInbox moderation;

	private final SentTwice sentTwice;

	CommentService(PostCommentRepository comments, PostWriting posts, PostLocator locator, Clock clock,
			ReportInbox moderation, SentTwice sentTwice) {
		this.moderation = moderation;
		this.sentTwice = sentTwice;
		this.comments = comments;
		this.posts = posts;
		this.locator = locator;
		this.clock = clock;
	}

	/** A comment with the post it is under (and that post's place). */
	public record CommentOnPost(PostComment comment, LocatedPost post) {

		/** The comment on its post's page. */
		public String path() {
			return this.post.path() + "#reactie-" + this.comment.getId();
		}

	}

	/**
	 * Logged-in members comment on published posts; the same comment sent twice is one.
	 */
	@Transactional
	public CommentOnPost add(String postSlug, String text, MemberPrincipal author) {
		LocatedPost post = this.posts.show(postSlug, Viewer.of(author));
		if (!PostAccess.canComment(post, Viewer.of(author), this.clock.instant())) {
			throw new AccessDeniedException("comments go under published posts, by members");
		}
		this.sentTwice.lockFor("comment", author.id());
		Instant now = this.clock.instant();
		List<PostComment> same = this.comments.findSame(post.post().getId(), author.id(), text.strip(),
				SentTwice.since(now));
		PostComment comment = same.isEmpty()
				? this.comments.save(new PostComment(post.post(), author.id(), text.strip(), now)) : same.get(0);
		return new CommentOnPost(comment, post);
	}

	@Transactional
	public CommentOnPost rewrite(Long commentId, String text, MemberPrincipal author) {
		CommentOnPost own = ownComment(commentId, author);
		own.comment().rewrite(text.strip(), this.clock.instant());
		return own;
	}

	/** The author deletes their own comment (a beheerder may too). */
	@Transactional
	public LocatedPost delete(Long commentId, MemberPrincipal author) {
		CommentOnPost own = ownComment(commentId, author);
		this.comments.delete(own.comment());
		return own.post();
	}

	/** Anyone who can read the post may report a comment, also without an account. */
	@Transactional
	public CommentOnPost report(Long commentId, Viewer reporter) {
		CommentOnPost visible = findVisible(commentId, reporter);
		visible.comment().report(this.clock.instant());
		// The redactie's moderation queue holds it too (without a reason: this older
		// button has none).
		this.moderation.recordReport(ReportKind.COMMENT, commentId, reporter.memberId().orElse(null), "");
		return visible;
	}

	@Transactional
	public CommentOnPost hide(Long commentId, MemberPrincipal redacteur) {
		requireModerator(Viewer.of(redacteur));
		PostComment comment = find(commentId);
		comment.hide();
		return new CommentOnPost(comment, this.locator.locate(comment.getPost()));
	}

	@Transactional
	public CommentOnPost restore(Long commentId, MemberPrincipal redacteur) {
		requireModerator(Viewer.of(redacteur));
		PostComment comment = find(commentId);
		comment.restore();
		return new CommentOnPost(comment, this.locator.locate(comment.getPost()));
	}

	/** The comments under a post, hidden ones only for redacteurs and their author. */
	@Transactional(readOnly = true)
	public Page<PostComment> under(Post post, Viewer viewer, int page) {
		return this.comments.findUnder(post.getId(), PostAccess.canModerate(viewer), viewer.memberId().orElse(-1L),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	/** Reported comments, each with the post it is under. */
	@Transactional(readOnly = true)
	public Page<PostComment> reported(MemberPrincipal redacteur, int page) {
		requireModerator(Viewer.of(redacteur));
		return this.comments.findReported(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public CommentOnPost forEditing(Long commentId, MemberPrincipal author) {
		return ownComment(commentId, author);
	}

	private CommentOnPost ownComment(Long commentId, MemberPrincipal author) {
		CommentOnPost visible = findVisible(commentId, Viewer.of(author));
		if (!visible.comment().mayBeChangedBy(author)) {
			throw new AccessDeniedException("not your comment: " + commentId);
		}
		return visible;
	}

	/** A comment under a post this viewer can read (a concept's stay unknown). */
	@Transactional(readOnly = true)
	public CommentOnPost findVisible(Long commentId, Viewer viewer) {
		PostComment comment = find(commentId);
		LocatedPost post = this.locator.locate(comment.getPost());
		if (!PostAccess.canSee(post, viewer, this.clock.instant())) {
			throw new NotFoundException("comment " + commentId);
		}
		return new CommentOnPost(comment, post);
	}

	private PostComment find(Long commentId) {
		return this.comments.findWithPost(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
	}

	private void requireModerator(Viewer viewer) {
		if (!PostAccess.canModerate(viewer)) {
			throw new AccessDeniedException("only redacteurs moderate comments");
		}
	}

}
