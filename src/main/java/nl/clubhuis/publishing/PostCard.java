package nl.clubhuis.publishing;

import java.time.ZonedDateTime;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberRef;

/**
 * What a list shows of one post: read in the list's query, with the names of authors and
 * Doetanks looked up once for the whole list.
 */
public record PostCard(Long id, PostKind kind, String slug, String title, String excerpt, MemberRef author,
		PostStatus status, ZonedDateTime publishAt, String doetankSlug, String doetankTitle, Phase phase, Long coverId,
		String coverAlt) {

	/** The author's name; null when the author is unknown. */
	public String authorName() {
		return (this.author != null) ? this.author.name() : null;
	}

	public String path() {
		return this.kind.pathOf(this.doetankSlug, this.slug);
	}

	public boolean isConcept() {
		return this.status == PostStatus.CONCEPT;
	}

}
