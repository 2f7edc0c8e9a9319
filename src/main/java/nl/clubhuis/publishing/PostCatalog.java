package nl.clubhuis.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.publishing.domain.PostLists;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * The published posts, for other modules: lists of cards (one query per list, whatever
 * the number of posts) and links to Café blog posts.
 */
@Service
public class PostCatalog {

	public static final int PAGE_SIZE = PostLists.PAGE_SIZE;

	private final PostLists lists;

	PostCatalog(PostLists lists) {
		this.lists = lists;
	}

	public Page<PostCard> published(Collection<PostKind> kinds, int page) {
		return this.lists.published(kinds, page);
	}

	public List<PostCard> latest(Collection<PostKind> kinds, int howMany) {
		return this.lists.latest(kinds, howMany);
	}

	/**
	 * Concepts and ingeplande posts of every kind, last changed first, for the editorial
	 * desk (which decides who sees them).
	 */
	public List<PostCard> unpublished(int howMany) {
		return this.lists.unpublishedOfEveryKind(howMany);
	}

	/** One post as a list shows it, whatever its state. */
	public Optional<PostCard> card(Long id) {
		return this.lists.card(id);
	}

	/** The latest published posts of these kinds on one Doetank's blog. */
	public List<PostCard> latestOfDoetank(Long doetankId, Collection<PostKind> kinds, int howMany) {
		return this.lists.latestOfDoetank(doetankId, kinds, howMany);
	}

	/** The latest posts this member wrote that anyone may read, newest first. */
	public List<PostCard> latestBy(Long authorId, int howMany) {
		return this.lists.latestBy(authorId, howMany);
	}

	/**
	 * The published posts with these ids on this Doetank's blog (its own posts and
	 * beschouwingen), in one query: other ids are left out.
	 */
	public Map<Long, PostRef> publishedOfDoetank(DoetankRef doetank, Collection<Long> ids) {
		return this.lists.publishedOfDoetank(doetank, ids);
	}

	/** The latest published post of this kind with exactly this title. */
	public Optional<PostCard> publishedTitled(PostKind kind, String title) {
		return this.lists.publishedTitled(kind, title);
	}

	/** Whether any post, in any state, has this title. */
	public boolean hasPostTitled(String title) {
		return this.lists.hasPostTitled(title);
	}

	/** A published Café blog post, for instance the report of an event. */
	public Optional<PostRef> publishedCafeBlogPost(Long id) {
		return (id == null) ? Optional.empty() : Optional.ofNullable(publishedCafeBlogPosts(List.of(id)).get(id));
	}

	/** A published Café blog post by its slug (its address is /cafeblog/{slug}). */
	public Optional<PostRef> publishedCafeBlogPost(String slug) {
		return this.lists.publishedCafeBlogPost(slug);
	}

	/**
	 * The published Café blog posts with these ids, in one query: ids of other kinds of
	 * post, or of posts not (or no longer) published, are left out.
	 */
	public Map<Long, PostRef> publishedCafeBlogPosts(Collection<Long> ids) {
		return this.lists.publishedCafeBlogPosts(ids);
	}

}
