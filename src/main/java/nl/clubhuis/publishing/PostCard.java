package nl.clubhuis.publishing;

import java.time.Instant;

import nl.clubhuis.doetank.Phase;

/** What a list shows of one post, read in the list's single query. */
public record PostCard(Long id, PostKind kind, String slug, String title, String excerpt, String authorName,
		PostStatus status, Instant publishAt, String doetankSlug, String doetankTitle, Phase phase, Long coverId,
		String coverAlt) {

	public String path() {
		return Post.path(this.kind, this.doetankSlug, this.slug);
	}

	public boolean isConcept() {
		return this.status == PostStatus.CONCEPT;
	}

}
