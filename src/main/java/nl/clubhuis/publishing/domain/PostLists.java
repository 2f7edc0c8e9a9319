package nl.clubhuis.publishing.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostRef;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every list of posts: one query per list, and one lookup of its authors and one of its
 * Doetanks, whatever the number of posts. The module's API, {@code PostCatalog}, offers
 * the published ones to other modules.
 */
@Service
@Transactional(readOnly = true)
public class PostLists {

	public static final int PAGE_SIZE = 10;

	private static final int UNPUBLISHED = 20;

	private final PostRepository posts;

	private final PostCards cards;

	private final Clock clock;

	PostLists(PostRepository posts, PostCards cards, Clock clock) {
		this.posts = posts;
		this.cards = cards;
		this.clock = clock;
	}

	public Page<PostCard> published(Collection<PostKind> kinds, int page) {
		return this.cards
			.of(this.posts.findVisible(kinds, this.clock.instant(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
	}

	public List<PostCard> latest(Collection<PostKind> kinds, int howMany) {
		return this.cards.of(this.posts.findLatest(kinds, this.clock.instant(), Limit.of(howMany)));
	}

	/** One post as a list shows it, whatever its state. */
	public Optional<PostCard> card(Long id) {
		return this.posts.findRow(id).map((row) -> this.cards.of(List.of(row)).get(0));
	}

	public List<PostCard> latestOfDoetank(Long doetankId, Collection<PostKind> kinds, int howMany) {
		return this.cards.of(this.posts.findLatestOfDoetank(doetankId, kinds, this.clock.instant(), Limit.of(howMany)));
	}

	/**
	 * The same, for a Doetank the caller already knows: only its authors are looked up.
	 */
	public List<PostCard> latestOfDoetank(DoetankRef doetank, Collection<PostKind> kinds, int howMany) {
		return this.cards.ofDoetank(
				this.posts.findLatestOfDoetank(doetank.id(), kinds, this.clock.instant(), Limit.of(howMany)), doetank);
	}

	/** The latest posts this member wrote that anyone may read. */
	public List<PostCard> latestBy(Long authorId, int howMany) {
		return this.cards.of(this.posts.findLatestOfAuthor(authorId, this.clock.instant(), Limit.of(howMany)));
	}

	/** The latest published post of this kind with exactly this title. */
	public Optional<PostCard> publishedTitled(PostKind kind, String title) {
		return this.cards.of(this.posts.findTitled(kind, title, this.clock.instant(), Limit.of(1)))
			.stream()
			.findFirst();
	}

	public boolean hasPostTitled(String title) {
		return this.posts.existsByTitle(title);
	}

	public Optional<PostRef> publishedCafeBlogPost(String slug) {
		return this.posts.findVisibleBySlug(PostKind.CAFEBLOG, slug, this.clock.instant()).map(PostLists::ref);
	}

	public Map<Long, PostRef> publishedCafeBlogPosts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.posts.findVisibleByIds(PostKind.CAFEBLOG, ids.stream().distinct().toList(), this.clock.instant())
			.stream()
			.map(PostLists::ref)
			.collect(Collectors.toMap(PostRef::id, Function.identity()));
	}

	public Map<Long, PostRef> publishedOfDoetank(DoetankRef doetank, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.posts
			.findVisibleOfDoetankByIds(doetank.id(), ids.stream().distinct().toList(), this.clock.instant())
			.stream()
			.map((row) -> new PostRef(row.id(), row.title(), row.kind().pathOf(doetank.slug(), row.slug())))
			.collect(Collectors.toMap(PostRef::id, Function.identity()));
	}

	/** A Café blog post lives in its section: its address needs no Doetank. */
	private static PostRef ref(PostRow row) {
		return new PostRef(row.id(), row.title(), row.kind().pathOf(null, row.slug()));
	}

	public Page<PostCard> ofDoetank(DoetankRef doetank, int page) {
		return this.cards.ofDoetank(this.posts.findVisibleOfDoetank(doetank.id(), PostKind.ofDoetanks(),
				this.clock.instant(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)), doetank);
	}

	public Page<PostCard> withTag(String tag, int page) {
		return this.cards
			.of(this.posts.findVisibleWithTag(tag, this.clock.instant(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
	}

	public List<PostCard> related(Post post, int howMany) {
		if (post.getTags().isEmpty()) {
			return List.of();
		}
		return this.cards.of(this.posts.findRelated(post.getId(), post.getTags().toArray(String[]::new),
				this.clock.instant(), Limit.of(howMany)));
	}

	/** Concepts and ingeplande posts the viewer may work on in this section. */
	public List<PostCard> unpublished(PostKind kind, Viewer viewer) {
		if (!PostAccess.canWrite(kind, null, TeamRoles.NOBODY, viewer)) {
			return List.of();
		}
		return this.cards.of(this.posts.findUnpublished(Set.of(kind), this.clock.instant(), Limit.of(UNPUBLISHED)));
	}

	/** Concepts and ingeplande posts of every kind (the caller decides who sees them). */
	public List<PostCard> unpublishedOfEveryKind(int howMany) {
		return this.cards.of(this.posts.findUnpublished(java.util.EnumSet.allOf(PostKind.class), this.clock.instant(),
				Limit.of(howMany)));
	}

	/** The viewer's own concepts and ingeplande posts on a Doetank's blog. */
	public List<PostCard> unpublishedOf(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (viewer.memberId().filter(team::involves).isEmpty()) {
			return List.of();
		}
		return this.cards.ofDoetank(this.posts.findUnpublishedOfAuthor(doetank.id(), viewer.member().id(),
				this.clock.instant(), Limit.of(UNPUBLISHED)), doetank);
	}

}
