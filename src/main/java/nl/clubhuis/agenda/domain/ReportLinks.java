package nl.clubhuis.agenda.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import nl.clubhuis.agenda.EventCard.ReportLink;
import nl.clubhuis.publishing.PostCatalog;

import org.springframework.stereotype.Component;

/**
 * The title and address of the Café blog posts that report on events, through the
 * publishing module.
 */
@Component
class ReportLinks {

	private final PostCatalog posts;

	ReportLinks(PostCatalog posts) {
		this.posts = posts;
	}

	/**
	 * The reports with these post ids; a post that is gone is left out. One query per
	 * report (at most a page of them, on the past events) until publishing offers a batch
	 * lookup such as {@code PostCatalog.cards(ids)}.
	 */
	Map<Long, ReportLink> byIds(Collection<Long> postIds) {
		Map<Long, ReportLink> links = new HashMap<>();
		for (Long id : postIds.stream().distinct().toList()) {
			this.posts.card(id).ifPresent((post) -> links.put(id, new ReportLink(post.title(), post.path())));
		}
		return links;
	}

}
