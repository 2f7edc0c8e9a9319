package nl.clubhuis.publishing.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.Post;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * One post as its page shows it. {@code doetank} is null for news and the Café blog;
 * {@code visible} is false for a concept, an ingepland post (then {@code scheduled} says
 * which) or a post the redactie hid ({@code hidden}, with its word in
 * {@code hiddenReason}).
 */
record PostView(Long id, PostKind kind, String slug, String title, String summary, String html, MemberRef author,
		ZonedDateTime publishAt, DoetankRef doetank, Phase phase, Long coverId, String coverAlt, List<String> tags,
		String path, boolean visible, boolean scheduled, boolean hidden, String hiddenReason) {

	static PostView of(LocatedPost located, String html, MemberRef author, Instant now) {
		Post post = located.post();
		return new PostView(post.getId(), post.getKind(), post.getSlug(), post.getTitle(), post.getSummary(), html,
				author, AmsterdamTime.of(post.getPublishAt()), located.doetank(), post.getPhase(), post.getCoverId(),
				post.getCoverAlt(), post.getTags(), located.path(), post.isVisibleAt(now), post.isScheduledAt(now),
				post.isHidden(), post.getHiddenReason());
	}

}
