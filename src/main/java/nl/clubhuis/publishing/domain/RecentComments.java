package nl.clubhuis.publishing.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.shared.RecentWriting;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest comments under posts, not hidden, for the redactie's desk: two statements
 * (the comments with their posts, the Doetanks whose blog they are on).
 */
@Component
class RecentComments implements RecentWriting {

	private final PostCommentRepository comments;

	private final Doetanks doetanks;

	RecentComments(PostCommentRepository comments, Doetanks doetanks) {
		this.comments = comments;
		this.doetanks = doetanks;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Written> latest(int howMany) {
		List<PostComment> found = this.comments.findLatestWithPost(PageRequest.of(0, howMany));
		Map<Long, DoetankRef> doetanks = this.doetanks
			.byIds(found.stream().map((c) -> c.getPost().getDoetankId()).filter(Objects::nonNull).distinct().toList());
		return found.stream().map((comment) -> {
			Post post = comment.getPost();
			DoetankRef doetank = (post.getDoetankId() != null) ? doetanks.get(post.getDoetankId()) : null;
			String path = post.getKind().pathOf((doetank != null) ? doetank.slug() : null, post.getSlug());
			return new Written(comment.getWrittenAt(), "desk.activity.comment", post.getTitle(), comment.getAuthorId(),
					comment.getText(), path + "#reactie-" + comment.getId());
		}).toList();
	}

}
