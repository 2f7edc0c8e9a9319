package nl.clubhuis.publishing.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.Reportables;
import nl.clubhuis.moderation.ReportedItem;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Comments under posts in the moderation queue: described with their post's page (two
 * statements for a page of them), hidden with the redactie's word to the author.
 */
@Component
class CommentReportables implements Reportables {

	private final PostCommentRepository comments;

	private final CommentService service;

	private final Doetanks doetanks;

	CommentReportables(PostCommentRepository comments, CommentService service, Doetanks doetanks) {
		this.comments = comments;
		this.service = service;
		this.doetanks = doetanks;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.COMMENT;
	}

	@Override
	public Map<Long, ReportedItem> describe(Collection<Long> ids) {
		List<PostComment> found = this.comments.findAllWithPost(ids);
		Map<Long, DoetankRef> doetanks = this.doetanks
			.byIds(found.stream().map((c) -> c.getPost().getDoetankId()).filter(Objects::nonNull).distinct().toList());
		Map<Long, ReportedItem> items = new HashMap<>();
		for (PostComment comment : found) {
			Post post = comment.getPost();
			DoetankRef doetank = (post.getDoetankId() != null) ? doetanks.get(post.getDoetankId()) : null;
			String path = post.getKind().pathOf((doetank != null) ? doetank.slug() : null, post.getSlug());
			items.put(comment.getId(), itemOf(comment, path));
		}
		return items;
	}

	@Override
	public Optional<ReportedItem> seenBy(long id, Viewer viewer) {
		try {
			CommentService.CommentOnPost visible = this.service.findVisible(id, viewer);
			return Optional.of(itemOf(visible.comment(), visible.post().path()));
		}
		catch (NotFoundException unknown) {
			return Optional.empty();
		}
	}

	@Override
	public void hide(long id, String reason) {
		find(id).hide(reason);
	}

	@Override
	public void restore(long id) {
		find(id).restore();
	}

	private PostComment find(long id) {
		return this.comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
	}

	private static ReportedItem itemOf(PostComment comment, String postPath) {
		return new ReportedItem(comment.getAuthorId(), comment.getText(), postPath + "#reactie-" + comment.getId(),
				comment.isHidden());
	}

}
