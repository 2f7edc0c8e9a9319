package nl.clubhuis.publishing;

import java.time.ZonedDateTime;

import nl.clubhuis.doetank.Phase;

/**
 * What a list shows of one post: read in the list's query, with the names of authors and
 * Doetanks looked up once for the whole list.
 */
public record PostCard(Long id, PostKind kind, String slug, String title, String excerpt, String authorName,
		PostStatus status, ZonedDateTime publishAt, String doetankSlug, String doetankTitle, Phase phase, Long coverId,
		String coverAlt) {

	public String path() {
		return this.kind.pathOf(this.doetankSlug, this.slug);
	}

	public boolean isConcept() {
		return this.status == PostStatus.CONCEPT;
	}

}
