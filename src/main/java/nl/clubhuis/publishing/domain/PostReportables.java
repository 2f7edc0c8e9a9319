package nl.clubhuis.publishing.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.Reportables;
import nl.clubhuis.moderation.ReportedItem;
import nl.clubhuis.publishing.PostHidden;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A Doetank's blog posts and beschouwingen in the moderation queue: they are published
 * without an editor, so members report them like any other text a member wrote. News and
 * the Café blog have their editors and are not reportable. Two statements for a page of
 * them (the posts, then their Doetanks).
 */
@Component
class PostReportables implements Reportables {

	private final PostRepository posts;

	private final PostLocator locator;

	private final Doetanks doetanks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PostReportables(PostRepository posts, PostLocator locator, Doetanks doetanks, Clock clock,
			ApplicationEventPublisher events) {
		this.posts = posts;
		this.locator = locator;
		this.doetanks = doetanks;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.POST;
	}

	@Override
	public Map<Long, ReportedItem> describe(Collection<Long> ids) {
		List<Post> found = this.posts.findAllById(ids)
			.stream()
			.filter((post) -> post.getKind().belongsToADoetank())
			.toList();
		Map<Long, DoetankRef> places = this.doetanks.byIds(found.stream().map(Post::getDoetankId).distinct().toList());
		Map<Long, ReportedItem> items = new HashMap<>();
		for (Post post : found) {
			DoetankRef doetank = places.get(post.getDoetankId());
			if (doetank != null) {
				items.put(post.getId(), itemOf(post, post.getKind().pathOf(doetank.slug(), post.getSlug())));
			}
		}
		return items;
	}

	@Override
	public Optional<ReportedItem> seenBy(long id, Viewer viewer) {
		return this.posts.findById(id)
			.filter((post) -> post.getKind().belongsToADoetank())
			.map(this.locator::locate)
			.filter((located) -> PostAccess.isReportable(located, this.clock.instant()))
			.map((located) -> itemOf(located.post(), located.path()));
	}

	@Override
	public void hide(long id, String reason) {
		find(id).hide(reason, this.clock.instant());
		this.events.publishEvent(new PostHidden(id));
	}

	@Override
	public void restore(long id) {
		find(id).restore();
	}

	private Post find(long id) {
		return this.posts.findById(id)
			.filter((post) -> post.getKind().belongsToADoetank())
			.orElseThrow(() -> new NotFoundException("post " + id));
	}

	private static ReportedItem itemOf(Post post, String path) {
		return new ReportedItem(post.getAuthorId(), post.getTitle() + " — " + post.getExcerpt(), path, post.isHidden());
	}

}
