package nl.clubhuis.publishing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStories;

import org.springframework.stereotype.Component;

/** Gives the Doetank page its blog posts and beschouwingen. */
@Component
class PublishedStories implements DoetankStories {

	/** More than any Doetank writes; the timeline stays one bounded query. */
	private static final int MAX_BESCHOUWINGEN = 100;

	private final PostCatalog catalog;

	PublishedStories(PostCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<Story> beschouwingen(DoetankRef doetank) {
		List<Story> newestFirst = new ArrayList<>(
				stories(this.catalog.latestOfDoetank(doetank.id(), Set.of(PostKind.BESCHOUWING), MAX_BESCHOUWINGEN)));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	@Override
	public List<Story> latestPosts(DoetankRef doetank, int howMany) {
		return stories(this.catalog.latestOfDoetank(doetank.id(), PostCatalog.DOETANK_KINDS, howMany));
	}

	private static List<Story> stories(List<PostCard> cards) {
		return cards.stream()
			.map((card) -> new Story(card.title(), card.path(), card.authorName(), card.publishAt(), card.phase(),
					card.excerpt()))
			.toList();
	}

}
