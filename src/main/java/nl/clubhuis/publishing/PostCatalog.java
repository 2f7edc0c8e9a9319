package nl.clubhuis.publishing;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published posts, as lists: one query per list, whatever the number of posts. */
@Service
@Transactional(readOnly = true)
public class PostCatalog {

	public static final int PAGE_SIZE = 10;

	static final Set<PostKind> DOETANK_KINDS = EnumSet.of(PostKind.DOETANKBLOG, PostKind.BESCHOUWING);

	private final PostRepository posts;

	private final PostAccess access;

	private final Clock clock;

	PostCatalog(PostRepository posts, PostAccess access, Clock clock) {
		this.posts = posts;
		this.access = access;
		this.clock = clock;
	}

	public Page<PostCard> published(Collection<PostKind> kinds, int page) {
		return this.posts.findVisible(kinds, this.clock.instant(), DoetankStatus.PUBLIC,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	public List<PostCard> latest(Collection<PostKind> kinds, int howMany) {
		return this.posts.findLatest(kinds, this.clock.instant(), DoetankStatus.PUBLIC, Limit.of(howMany));
	}

	/** One post as a list shows it, whatever its state. */
	public java.util.Optional<PostCard> card(Long id) {
		return this.posts.findCard(id);
	}

	public Page<PostCard> ofDoetank(Doetank doetank, int page) {
		return this.posts.findVisibleOfDoetank(doetank.getId(), DOETANK_KINDS, this.clock.instant(),
				DoetankStatus.PUBLIC, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	public List<PostCard> latestOfDoetank(Long doetankId, Collection<PostKind> kinds, int howMany) {
		return this.posts.findLatestOfDoetank(doetankId, kinds, this.clock.instant(), DoetankStatus.PUBLIC,
				Limit.of(howMany));
	}

	public Page<PostCard> withTag(String tag, int page) {
		return this.posts.findVisibleWithTag(tag, this.clock.instant(), DoetankStatus.PUBLIC,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	public List<PostCard> related(Post post, int howMany) {
		if (post.getTags().isEmpty()) {
			return List.of();
		}
		return this.posts.findRelated(post.getId(), post.getTags().toArray(String[]::new), this.clock.instant(),
				DoetankStatus.PUBLIC, Limit.of(howMany));
	}

	/** Concepts and ingeplande posts the viewer may work on in this section. */
	public List<PostCard> unpublished(PostKind kind, MemberPrincipal viewer) {
		if (!this.access.canWrite(kind, null, viewer)) {
			return List.of();
		}
		return this.posts.findUnpublished(Set.of(kind), this.clock.instant(), Limit.of(20));
	}

	/** The viewer's own concepts and ingeplande posts on a Doetank's blog. */
	public List<PostCard> unpublishedOf(Doetank doetank, MemberPrincipal viewer) {
		if (viewer == null || !doetank.involves(viewer.id())) {
			return List.of();
		}
		return this.posts.findUnpublishedOfAuthor(doetank.getId(), viewer.id(), this.clock.instant(), Limit.of(20));
	}

	/** The latest published post of this kind with exactly this title. */
	public java.util.Optional<PostCard> publishedTitled(PostKind kind, String title) {
		return this.posts.findTitled(kind, title, this.clock.instant(), DoetankStatus.PUBLIC, Limit.of(1))
			.stream()
			.findFirst();
	}

	public boolean hasPostTitled(String title) {
		return this.posts.existsByTitle(title);
	}

}
