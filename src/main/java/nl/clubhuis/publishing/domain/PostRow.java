package nl.clubhuis.publishing.domain;

import java.time.Instant;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostStatus;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * One post of a list as its query reads it: the author and the Doetank by id, named
 * afterwards for the whole list at once (see {@link PostCards}).
 */
public record PostRow(Long id, PostKind kind, String slug, String title, String excerpt, Long authorId,
		PostStatus status, Instant publishAt, Long doetankId, Phase phase, Long coverId, String coverAlt) {

	PostCard card(MemberRef author, DoetankRef doetank) {
		return new PostCard(this.id, this.kind, this.slug, this.title, this.excerpt, author, this.status,
				AmsterdamTime.of(this.publishAt), (doetank != null) ? doetank.slug() : null,
				(doetank != null) ? doetank.title() : null, this.phase, this.coverId, this.coverAlt);
	}

}
