package nl.clubhuis.publishing.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.stereotype.Component;

/** Gives the Doetank page its blog posts and beschouwingen. */
@Component
class PublishedStories implements DoetankStories {

	/** More than any Doetank writes; the timeline stays one bounded query. */
	private static final int MAX_BESCHOUWINGEN = 100;

	private final PostLists lists;

	PublishedStories(PostLists lists) {
		this.lists = lists;
	}

	@Override
	public List<Story> beschouwingen(DoetankRef doetank) {
		List<Story> newestFirst = new ArrayList<>(
				stories(this.lists.latestOfDoetank(doetank, Set.of(PostKind.BESCHOUWING), MAX_BESCHOUWINGEN)));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	@Override
	public List<Story> latestPosts(DoetankRef doetank, int howMany) {
		return stories(this.lists.latestOfDoetank(doetank, PostKind.ofDoetanks(), howMany));
	}

	private static List<Story> stories(List<PostCard> cards) {
		return cards.stream()
			.map((card) -> new Story(card.title(), card.path(), card.author(),
					AmsterdamTime.of(card.publishAt().toInstant()), card.phase(), card.excerpt()))
			.toList();
	}

}
