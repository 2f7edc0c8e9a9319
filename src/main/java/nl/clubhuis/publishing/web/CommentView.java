package nl.clubhuis.publishing.web;

import java.time.ZonedDateTime;

import nl.clubhuis.member.MemberRef;
import nl.clubhuis.publishing.domain.PostComment;
import nl.clubhuis.shared.AmsterdamTime;

/** One comment under a post, with its author's name. */
record CommentView(Long id, Long authorId, MemberRef author, String text, ZonedDateTime writtenAt,
		ZonedDateTime editedAt, boolean hidden, String hiddenReason, int reportCount) {

	static CommentView of(PostComment comment, MemberRef author) {
		return new CommentView(comment.getId(), comment.getAuthorId(), author, comment.getText(),
				AmsterdamTime.of(comment.getWrittenAt()), AmsterdamTime.of(comment.getEditedAt()), comment.isHidden(),
				comment.getHiddenReason(), comment.getReportCount());
	}

	public boolean isBy(Long memberId) {
		return this.authorId.equals(memberId);
	}

}
