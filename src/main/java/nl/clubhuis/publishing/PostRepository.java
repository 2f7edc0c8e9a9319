package nl.clubhuis.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Lists read {@link PostCard}s in one query each. "Visible" means published, its moment
 * come, and (for a Doetank's posts) the Doetank itself public.
 */
interface PostRepository extends JpaRepository<Post, Long> {

	String CARD = """
			select new nl.clubhuis.publishing.PostCard(p.id, p.kind, p.slug, p.title, p.excerpt, a.name, p.status,
			  p.publishAt, d.slug, d.title, p.phase, p.coverId, p.coverAlt)
			from Post p join p.author a left join p.doetank d
			""";

	String VISIBLE = """
			p.status = nl.clubhuis.publishing.PostStatus.GEPUBLICEERD and p.publishAt <= :now
			and (d is null or d.status in :publicStatuses)
			""";

	@Query(value = CARD + "where p.kind in :kinds and " + VISIBLE + "order by p.publishAt desc, p.id desc",
			countQuery = "select count(p) from Post p left join p.doetank d where p.kind in :kinds and " + VISIBLE)
	Page<PostCard> findVisible(@Param("kinds") Collection<PostKind> kinds, @Param("now") Instant now,
			@Param("publicStatuses") Collection<DoetankStatus> publicStatuses, Pageable pageable);

	@Query(value = CARD + "where p.kind = :kind and p.title = :title and " + VISIBLE
			+ "order by p.publishAt desc, p.id desc")
	List<PostCard> findTitled(@Param("kind") PostKind kind, @Param("title") String title, @Param("now") Instant now,
			@Param("publicStatuses") Collection<DoetankStatus> publicStatuses, Limit limit);

	@Query(value = CARD + "where p.id = :id")
	Optional<PostCard> findCard(@Param("id") Long id);

	@Query(value = CARD + "where p.kind in :kinds and " + VISIBLE + "order by p.publishAt desc, p.id desc")
	List<PostCard> findLatest(@Param("kinds") Collection<PostKind> kinds, @Param("now") Instant now,
			@Param("publicStatuses") Collection<DoetankStatus> publicStatuses, Limit limit);

	@Query(value = CARD + "where d.id = :doetankId and p.kind in :kinds and " + VISIBLE
			+ "order by p.publishAt desc, p.id desc",
			countQuery = "select count(p) from Post p left join p.doetank d where d.id = :doetankId "
					+ "and p.kind in :kinds and " + VISIBLE)
	Page<PostCard> findVisibleOfDoetank(@Param("doetankId") Long doetankId, @Param("kinds") Collection<PostKind> kinds,
			@Param("now") Instant now, @Param("publicStatuses") Collection<DoetankStatus> publicStatuses,
			Pageable pageable);

	@Query(value = CARD + "where d.id = :doetankId and p.kind in :kinds and " + VISIBLE
			+ "order by p.publishAt desc, p.id desc")
	List<PostCard> findLatestOfDoetank(@Param("doetankId") Long doetankId, @Param("kinds") Collection<PostKind> kinds,
			@Param("now") Instant now, @Param("publicStatuses") Collection<DoetankStatus> publicStatuses, Limit limit);

	@Query(value = CARD + "where array_contains(p.tags, :tag) and " + VISIBLE + "order by p.publishAt desc, p.id desc",
			countQuery = "select count(p) from Post p left join p.doetank d where array_contains(p.tags, :tag) and "
					+ VISIBLE)
	Page<PostCard> findVisibleWithTag(@Param("tag") String tag, @Param("now") Instant now,
			@Param("publicStatuses") Collection<DoetankStatus> publicStatuses, Pageable pageable);

	@Query(value = CARD + "where p.id <> :postId and array_intersects(p.tags, :tags) and " + VISIBLE
			+ "order by p.publishAt desc, p.id desc")
	List<PostCard> findRelated(@Param("postId") Long postId, @Param("tags") String[] tags, @Param("now") Instant now,
			@Param("publicStatuses") Collection<DoetankStatus> publicStatuses, Limit limit);

	/** Concepts and ingeplande posts of a section, for its redacteurs. */
	@Query(value = CARD + """
			where p.kind in :kinds and (p.status = nl.clubhuis.publishing.PostStatus.CONCEPT or p.publishAt > :now)
			order by p.updatedAt desc
			""")
	List<PostCard> findUnpublished(@Param("kinds") Collection<PostKind> kinds, @Param("now") Instant now, Limit limit);

	/** A member's own concepts and ingeplande posts on one Doetank's blog. */
	@Query(value = CARD + """
			where d.id = :doetankId and a.id = :authorId
			and (p.status = nl.clubhuis.publishing.PostStatus.CONCEPT or p.publishAt > :now)
			order by p.updatedAt desc
			""")
	List<PostCard> findUnpublishedOfAuthor(@Param("doetankId") Long doetankId, @Param("authorId") Long authorId,
			@Param("now") Instant now, Limit limit);

	/** A post with what its page and its rules need: author, Doetank and its team. */
	@Query("""
			select p from Post p join fetch p.author left join fetch p.doetank d
			left join fetch d.memberships m left join fetch m.member
			where p.slug = :slug
			""")
	Optional<Post> findBySlug(@Param("slug") String slug);

	/** The posts that have this picture as their cover (with what visibility needs). */
	@Query("""
			select distinct p from Post p join fetch p.author left join fetch p.doetank d
			left join fetch d.memberships m left join fetch m.member
			where p.coverId = :imageId
			""")
	List<Post> findWithCover(@Param("imageId") Long imageId);

	boolean existsBySlug(String slug);

	boolean existsByTitle(String title);

}
