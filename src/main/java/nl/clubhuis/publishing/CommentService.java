package nl.clubhuis.publishing;

import java.time.Clock;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.shared.NotFoundException;

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

	private final PostService posts;

	private final PostAccess access;

	private final MemberService members;

	private final Clock clock;

	CommentService(PostCommentRepository comments, PostService posts, PostAccess access, MemberService members,
			Clock clock) {
		this.comments = comments;
		this.posts = posts;
		this.access = access;
		this.members = members;
		this.clock = clock;
	}

	/** Logged-in members comment on published posts. */
	@Transactional
	public PostComment add(String postSlug, String text, MemberPrincipal author) {
		Post post = this.posts.show(postSlug, author);
		if (author == null || !post.isVisibleAt(this.clock.instant())) {
			throw new AccessDeniedException("comments go under published posts, by members");
		}
		return this.comments
			.save(new PostComment(post, this.members.reference(author.id()), text.strip(), this.clock.instant()));
	}

	@Transactional
	public PostComment rewrite(Long commentId, String text, MemberPrincipal author) {
		PostComment comment = ownComment(commentId, author);
		comment.rewrite(text.strip(), this.clock.instant());
		return comment;
	}

	/** The author deletes their own comment (a beheerder may too). */
	@Transactional
	public Post delete(Long commentId, MemberPrincipal author) {
		PostComment comment = ownComment(commentId, author);
		this.comments.delete(comment);
		return comment.getPost();
	}

	/** Anyone who can read the post may report a comment, also without an account. */
	@Transactional
	public PostComment report(Long commentId, MemberPrincipal reporter) {
		PostComment comment = findVisible(commentId, reporter);
		comment.report(this.clock.instant());
		return comment;
	}

	@Transactional
	public PostComment hide(Long commentId, MemberPrincipal redacteur) {
		requireModerator(redacteur);
		PostComment comment = find(commentId);
		comment.hide();
		return comment;
	}

	@Transactional
	public PostComment restore(Long commentId, MemberPrincipal redacteur) {
		requireModerator(redacteur);
		PostComment comment = find(commentId);
		comment.restore();
		return comment;
	}

	@Transactional(readOnly = true)
	public Page<PostComment> under(Post post, MemberPrincipal viewer, int page) {
		return this.comments.findUnder(post.getId(), this.access.canModerate(viewer),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public Page<PostComment> reported(MemberPrincipal redacteur, int page) {
		requireModerator(redacteur);
		return this.comments.findReported(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public PostComment forEditing(Long commentId, MemberPrincipal author) {
		return ownComment(commentId, author);
	}

	private PostComment ownComment(Long commentId, MemberPrincipal author) {
		PostComment comment = findVisible(commentId, author);
		if (author == null || !(comment.isBy(author.id()) || author.isBeheerder())) {
			throw new AccessDeniedException("not your comment: " + commentId);
		}
		return comment;
	}

	/** A comment under a post this viewer can read (a concept's stay unknown). */
	@Transactional(readOnly = true)
	public PostComment findVisible(Long commentId, MemberPrincipal viewer) {
		PostComment comment = find(commentId);
		if (!this.access.canSee(comment.getPost(), viewer, this.clock.instant())) {
			throw new NotFoundException("comment " + commentId);
		}
		return comment;
	}

	private PostComment find(Long commentId) {
		return this.comments.findWithPost(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
	}

	private void requireModerator(MemberPrincipal viewer) {
		if (!this.access.canModerate(viewer)) {
			throw new AccessDeniedException("only redacteurs moderate comments");
		}
	}

}
