package nl.clubhuis.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, editing and publishing posts, with the rules of {@link PostAccess}. */
@Service
public class PostService {

	private static final Logger log = LoggerFactory.getLogger(PostService.class);

	/** Words the sections use in their own addresses, so never a post's slug. */
	private static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "feed", "bewerken");

	private final PostRepository posts;

	private final ImageRepository images;

	private final PostAccess access;

	private final DoetankCatalog doetanks;

	private final MemberService members;

	private final Clock clock;

	PostService(PostRepository posts, ImageRepository images, PostAccess access, DoetankCatalog doetanks,
			MemberService members, Clock clock) {
		this.posts = posts;
		this.images = images;
		this.access = access;
		this.doetanks = doetanks;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Writes a new post. For a Doetank's blog or beschouwing, {@code doetankSlug} names
	 * the Doetank; for news and the Café blog it is null.
	 */
	@Transactional
	public Post write(PostKind kind, String doetankSlug, PostContent content, Long coverId, Publication publication,
			MemberPrincipal writer) {
		Doetank doetank = kind.belongsToADoetank() ? this.doetanks.show(doetankSlug, writer) : null;
		if (!this.access.canWrite(kind, doetank, writer)) {
			throw new AccessDeniedException("may not write a " + kind + " post here");
		}
		Instant now = this.clock.instant();
		String slug = Slugs.unique(content.title(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.posts.existsBySlug(candidate));
		Post post = new Post(kind, slug, doetank, this.members.reference(writer.id()), now);
		fill(post, kind, doetank, content, coverId, publication, writer, now);
		return this.posts.save(post);
	}

	/** Changes a post; its slug stays what it was, so links keep working. */
	@Transactional
	public Post edit(String slug, long version, PostContent content, Long coverId, Publication publication,
			MemberPrincipal editor) {
		Post post = this.posts.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canEdit(post, editor)) {
			throw new AccessDeniedException("may not edit post " + slug);
		}
		if (post.getVersion() != version) {
			throw new OptimisticLockingFailureException("post " + slug + " changed meanwhile");
		}
		fill(post, post.getKind(), post.getDoetank(), content, coverId, publication, editor, this.clock.instant());
		if (!post.getAuthor().getId().equals(editor.id()) && post.getKind().belongsToADoetank()) {
			log.warn("Beheerder {} stepped in on post {}", editor.id(), slug);
		}
		return post;
	}

	private void fill(Post post, PostKind kind, Doetank doetank, PostContent content, Long coverId,
			Publication publication, MemberPrincipal writer, Instant now) {
		PostContent checked = content;
		if (kind == PostKind.BESCHOUWING) {
			if (content.phase() == null || doetank.getPhase() == null || doetank.getPhase().isBefore(content.phase())) {
				throw new RuleViolationException("post.rule.phaseNotReached");
			}
		}
		else {
			// A blog post belongs to the phase its Doetank was in when it was written.
			Phase phase = (kind == PostKind.DOETANKBLOG)
					? ((post.getPhase() != null) ? post.getPhase() : doetank.getPhase()) : null;
			checked = new PostContent(content.title(), content.summary(), content.body(), content.tags(),
					content.coverAlt(), phase);
		}
		post.write(checked, cover(coverId, writer, post), now);
		if (publication.publish()) {
			post.publish(publicationMoment(post, publication.at(), now));
		}
		else {
			post.keepAsConcept();
		}
	}

	/**
	 * A post that was already published keeps its moment when it is edited (the form
	 * shows it to the minute), so fixing a typo does not move an old item to the top.
	 */
	private static Instant publicationMoment(Post post, Instant chosen, Instant now) {
		Instant current = post.getPublishAt();
		boolean published = post.getStatus() == PostStatus.GEPUBLICEERD && current != null;
		if (published && chosen != null && chosen.equals(current.truncatedTo(ChronoUnit.MINUTES))) {
			return current;
		}
		if (published && chosen == null && !current.isAfter(now)) {
			return current;
		}
		// An empty field means now, also for a post that was ingepland.
		return (chosen != null) ? chosen : now;
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
	public Post show(String slug, MemberPrincipal viewer) {
		Post post = this.posts.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canSee(post, viewer, this.clock.instant())) {
			throw new NotFoundException(slug);
		}
		return post;
	}

	/** A post its editor is about to change. */
	@Transactional(readOnly = true)
	public Post forEditing(String slug, MemberPrincipal editor) {
		Post post = show(slug, editor);
		if (!this.access.canEdit(post, editor)) {
			throw new AccessDeniedException("may not edit post " + slug);
		}
		return post;
	}

}
