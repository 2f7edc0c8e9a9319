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

	/** The reports with these post ids, in one query; a post that is gone is left out. */
	Map<Long, ReportLink> byIds(Collection<Long> postIds) {
		Map<Long, ReportLink> links = new HashMap<>();
		this.posts.publishedCafeBlogPosts(postIds)
			.forEach((id, post) -> links.put(id, new ReportLink(post.title(), post.path())));
		return links;
	}

}
