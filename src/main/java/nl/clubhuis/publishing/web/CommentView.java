package nl.clubhuis.publishing.web;

import java.time.Instant;

import nl.clubhuis.publishing.domain.PostComment;

/** One comment under a post, with its author's name. */
record CommentView(Long id, Long authorId, String authorName, String text, Instant writtenAt, Instant editedAt,
		boolean hidden, int reportCount) {

	static CommentView of(PostComment comment, String authorName) {
		return new CommentView(comment.getId(), comment.getAuthorId(), authorName, comment.getText(),
				comment.getWrittenAt(), comment.getEditedAt(), comment.isHidden(), comment.getReportCount());
	}

	public boolean isBy(Long memberId) {
		return this.authorId.equals(memberId);
	}

}
