package nl.clubhuis.publishing.domain;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostPublished;
import nl.clubhuis.publishing.PostStatus;
import nl.clubhuis.publishing.Publication;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.SentTwice;
import nl.clubhuis.shared.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, editing, publishing and showing one post, with the rules of
 * {@link PostAccess}: who may do it is checked here, once.
 */
@Service
public class PostWriting {

	private static final Logger log = LoggerFactory.getLogger(PostWriting.class);

	/** Words the sections use in their own addresses, so never a post's slug. */
	private static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "feed", "bewerken");

	private final PostRepository posts;

	private final ImageRepository images;

	private final PostLocator locator;

	private final Doetanks doetanks;

	private final Clock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final SentTwice sentTwice;

	PostWriting(PostRepository posts, ImageRepository images, PostLocator locator, Doetanks doetanks, Clock clock,
			AuditLog audit, ApplicationEventPublisher events, SentTwice sentTwice) {
		this.events = events;
		this.sentTwice = sentTwice;
		this.audit = audit;
		this.posts = posts;
		this.images = images;
		this.locator = locator;
		this.doetanks = doetanks;
		this.clock = clock;
	}

	/** Where a new post goes, with who may write there. */
	public record Place(PostKind kind, DoetankRef doetank, TeamRoles team) {
	}

	/**
	 * Where a new post of this kind goes: the network's section, or (for a Doetank's blog
	 * or beschouwing) the Doetank {@code doetankSlug} names. Refused to whoever may not
	 * write it there.
	 */
	@Transactional(readOnly = true)
	public Place placeFor(PostKind kind, String doetankSlug, MemberPrincipal writer) {
		Place place = new Place(kind, null, TeamRoles.NOBODY);
		if (kind.belongsToADoetank()) {
			Doetanks.Visible visible = this.doetanks.visible(doetankSlug, Viewer.of(writer));
			place = new Place(kind, visible.doetank(), visible.team());
		}
		if (!PostAccess.canWrite(kind, place.doetank(), place.team(), Viewer.of(writer))) {
			throw new AccessDeniedException("may not write a " + kind + " post here");
		}
		return place;
	}

	/**
	 * Writes a new post in its section or on the blog of the Doetank named; the same post
	 * sent twice is the one written first (a concept then gets what the second send
	 * says).
	 */
	@Transactional
	public LocatedPost write(PostKind kind, String doetankSlug, PostContent content, Long coverId,
			Publication publication, MemberPrincipal writer) {
		Place place = placeFor(kind, doetankSlug, writer);
		Instant now = this.clock.instant();
		this.sentTwice.lockFor("post", writer.id());
		List<Post> same = this.posts.findSame(writer.id(), kind, (place.doetank() != null) ? place.doetank().id() : 0,
				content.title(), content.body(), SentTwice.since(now));
		if (!same.isEmpty()) {
			// A concept sent again (to publish it, or with tags or a cover added) gets
			// what this send says.
			LocatedPost twin = new LocatedPost(same.get(0), place.doetank(), place.team());
			if (twin.post().getStatus() == PostStatus.CONCEPT) {
				fill(twin.post(), place.doetank(), content, coverId, publication, writer, now);
				announceIfPublished(twin, false);
			}
			return twin;
		}
		String slug = Slugs.unique(content.title(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.posts.existsBySlug(candidate));
		Long doetankId = (place.doetank() != null) ? place.doetank().id() : null;
		Post post = new Post(kind, slug, doetankId, writer.id(), now);
		fill(post, place.doetank(), content, coverId, publication, writer, now);
		LocatedPost located = new LocatedPost(this.posts.save(post), place.doetank(), place.team());
		announceIfPublished(located, false);
		return located;
	}

	/**
	 * Changes a post; its slug stays what it was, so links keep working. {@code version}
	 * is the one the editor started from.
	 */
	@Transactional
	public LocatedPost edit(String slug, Long version, PostContent content, Long coverId, Publication publication,
			MemberPrincipal editor) {
		LocatedPost located = this.locator.locate(find(slug));
		if (!PostAccess.canEdit(located, Viewer.of(editor))) {
			throw new AccessDeniedException("may not edit post " + slug);
		}
		Post post = located.post();
		post.requireVersion(version);
		boolean wasPublished = post.getStatus() == PostStatus.GEPUBLICEERD;
		fill(post, located.doetank(), content, coverId, publication, editor, this.clock.instant());
		announceIfPublished(located, wasPublished);
		if (!post.isBy(editor.id()) && post.getKind().belongsToADoetank()) {
			log.warn("Beheerder {} stepped in on post {}", editor.id(), slug);
			this.audit.record(AuditFact.steppedIn(editor.id(), post.getDoetankId(), "POST_EDITED"));
		}
		return located;
	}

	private void fill(Post post, DoetankRef doetank, PostContent content, Long coverId, Publication publication,
			MemberPrincipal writer, Instant now) {
		PostContent checked = content;
		if (post.getKind() == PostKind.BESCHOUWING) {
			if (!Post.isPhaseReached(doetank.phase(), content.phase())) {
				throw new RuleViolationException("post.rule.phaseNotReached");
			}
		}
		else {
			// A blog post belongs to the phase its Doetank was in when it was written.
			Phase phase = (post.getKind() == PostKind.DOETANKBLOG)
					? ((post.getPhase() != null) ? post.getPhase() : doetank.phase()) : null;
			checked = new PostContent(content.title(), content.summary(), content.body(), content.tags(),
					content.coverAlt(), phase);
		}
		post.write(checked, cover(coverId, writer, post), now);
		if (publication.publish()) {
			post.publish(publication.at(), now);
		}
		else {
			post.keepAsConcept();
		}
	}

	/**
	 * Tells the other modules about a post that is published now (or at a moment to come)
	 * and was not before: once per post, not for every edit.
	 */
	private void announceIfPublished(LocatedPost located, boolean wasPublished) {
		Post post = located.post();
		// A post the redactie hid is not announced, even when its author publishes it
		// anew.
		if (!wasPublished && post.getStatus() == PostStatus.GEPUBLICEERD && !post.isHidden()) {
			this.events.publishEvent(new PostPublished(located.ref(), post.getKind(), located.doetank(),
					post.getAuthorId(), post.getPublishAt()));
		}
	}

	/** Only a picture the writer uploaded, or the one the post already has. */
	private Image cover(Long coverId, MemberPrincipal writer, Post post) {
		if (coverId == null) {
			return null;
		}
		if (coverId.equals(post.getCoverId())) {
			return post.getCover();
		}
		return this.images.findById(coverId)
			.filter((image) -> image.getUploaderId().equals(writer.id()))
			.orElseThrow(() -> new AccessDeniedException("not your picture: " + coverId));
	}

	/** A post as its reader may see it: concepts only for who may edit them. */
	@Transactional(readOnly = true)
	public LocatedPost show(String slug, Viewer viewer) {
		LocatedPost located = this.locator.locate(find(slug));
		if (!PostAccess.canSee(located, viewer, this.clock.instant())) {
			throw new NotFoundException(slug);
		}
		return located;
	}

	/** A post its editor is about to change. */
	@Transactional(readOnly = true)
	public LocatedPost forEditing(String slug, MemberPrincipal editor) {
		LocatedPost located = show(slug, Viewer.of(editor));
		if (!PostAccess.canEdit(located, Viewer.of(editor))) {
			throw new AccessDeniedException("may not edit post " + slug);
		}
		return located;
	}

	private Post find(String slug) {
		return this.posts.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
	}

}
