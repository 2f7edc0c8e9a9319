package nl.clubhuis.publishing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.publishing.PostKind;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Lists read {@link PostRow}s in one query each. "Visible" means published, its moment
 * come, not hidden by the redactie, and (for a Doetank's posts) the Doetank itself
 * public.
 */
interface PostRepository extends JpaRepository<Post, Long> {

	/*
	 * Whether a Doetank is public is the one thing about it a list of posts must filter
	 * on in its own query, or paging would break; so the filter reads the doetank
	 * module's SQL view public_doetank (see PublicDoetank), never its table or entity. A
	 * join rather than "or exists (...)": PostgreSQL answers that "or exists" by reading
	 * every public Doetank first, for each list of six posts.
	 */
	String FROM = """
			from Post p left join PublicDoetank pd on pd.id = p.doetankId
			""";

	String ROW = """
			select new nl.clubhuis.publishing.domain.PostRow(p.id, p.kind, p.slug, p.title, p.excerpt, p.authorId,
			  p.status, p.publishAt, p.doetankId, p.phase, p.coverId, p.coverAlt)
			""" + FROM;

	String COUNT = "select count(p) " + FROM;

	String VISIBLE = """
			p.status = nl.clubhuis.publishing.PostStatus.GEPUBLICEERD and p.publishAt <= :now and p.hiddenAt is null
			and (p.doetankId is null or pd.id is not null)
			""";

	String NEWEST_FIRST = "order by p.publishAt desc, p.id desc";

	@Query(value = ROW + "where p.kind in :kinds and " + VISIBLE + NEWEST_FIRST,
			countQuery = COUNT + "where p.kind in :kinds and " + VISIBLE)
	Page<PostRow> findVisible(@Param("kinds") Collection<PostKind> kinds, @Param("now") Instant now, Pageable pageable);

	@Query(value = ROW + "where p.kind = :kind and p.title = :title and " + VISIBLE + NEWEST_FIRST)
	List<PostRow> findTitled(@Param("kind") PostKind kind, @Param("title") String title, @Param("now") Instant now,
			Limit limit);

	@Query(value = ROW + "where p.kind = :kind and p.id in :ids and " + VISIBLE)
	List<PostRow> findVisibleByIds(@Param("kind") PostKind kind, @Param("ids") Collection<Long> ids,
			@Param("now") Instant now);

	@Query(value = ROW + "where p.doetankId = :doetankId and p.id in :ids and " + VISIBLE)
	List<PostRow> findVisibleOfDoetankByIds(@Param("doetankId") Long doetankId, @Param("ids") Collection<Long> ids,
			@Param("now") Instant now);

	@Query(value = ROW + "where p.kind = :kind and p.slug = :slug and " + VISIBLE)
	Optional<PostRow> findVisibleBySlug(@Param("kind") PostKind kind, @Param("slug") String slug,
			@Param("now") Instant now);

	@Query(value = ROW + "where p.id = :id")
	Optional<PostRow> findRow(@Param("id") Long id);

	@Query(value = ROW + "where p.kind in :kinds and " + VISIBLE + NEWEST_FIRST)
	List<PostRow> findLatest(@Param("kinds") Collection<PostKind> kinds, @Param("now") Instant now, Limit limit);

	@Query(value = ROW + "where p.doetankId = :doetankId and p.kind in :kinds and " + VISIBLE + NEWEST_FIRST,
			countQuery = COUNT + "where p.doetankId = :doetankId and p.kind in :kinds and " + VISIBLE)
	Page<PostRow> findVisibleOfDoetank(@Param("doetankId") Long doetankId, @Param("kinds") Collection<PostKind> kinds,
			@Param("now") Instant now, Pageable pageable);

	@Query(value = ROW + "where p.authorId = :authorId and " + VISIBLE + NEWEST_FIRST)
	List<PostRow> findLatestOfAuthor(@Param("authorId") Long authorId, @Param("now") Instant now, Limit limit);

	@Query(value = ROW + "where p.doetankId = :doetankId and p.kind in :kinds and " + VISIBLE + NEWEST_FIRST)
	List<PostRow> findLatestOfDoetank(@Param("doetankId") Long doetankId, @Param("kinds") Collection<PostKind> kinds,
			@Param("now") Instant now, Limit limit);

	@Query(value = ROW + "where array_contains(p.tags, :tag) and " + VISIBLE + NEWEST_FIRST,
			countQuery = COUNT + "where array_contains(p.tags, :tag) and " + VISIBLE)
	Page<PostRow> findVisibleWithTag(@Param("tag") String tag, @Param("now") Instant now, Pageable pageable);

	@Query(value = ROW + "where p.id <> :postId and array_intersects(p.tags, :tags) and " + VISIBLE + NEWEST_FIRST)
	List<PostRow> findRelated(@Param("postId") Long postId, @Param("tags") String[] tags, @Param("now") Instant now,
			Limit limit);

	/** Concepts and ingeplande posts of a section, for its redacteurs. */
	@Query(value = ROW + """
			where p.kind in :kinds and (p.status = nl.clubhuis.publishing.PostStatus.CONCEPT or p.publishAt > :now)
			order by p.updatedAt desc
			""")
	List<PostRow> findUnpublished(@Param("kinds") Collection<PostKind> kinds, @Param("now") Instant now, Limit limit);

	/** A member's own concepts and ingeplande posts on one Doetank's blog. */
	@Query(value = ROW + """
			where p.doetankId = :doetankId and p.authorId = :authorId
			and (p.status = nl.clubhuis.publishing.PostStatus.CONCEPT or p.publishAt > :now)
			order by p.updatedAt desc
			""")
	List<PostRow> findUnpublishedOfAuthor(@Param("doetankId") Long doetankId, @Param("authorId") Long authorId,
			@Param("now") Instant now, Limit limit);

	Optional<Post> findBySlug(String slug);

	/** The posts that have this picture as their cover. */
	@Query("select p from Post p where p.coverId = :imageId")
	List<Post> findWithCover(@Param("imageId") Long imageId);

	boolean existsBySlug(String slug);

	boolean existsByTitle(String title);

	/**
	 * This writer's posts of this kind in this place (a Doetank's blog, or a section when
	 * {@code doetankId} is 0) with exactly this title and text, created since then.
	 */
	@Query("""
			select p from Post p
			where p.authorId = :authorId and p.kind = :kind and coalesce(p.doetankId, 0) = :doetankId
			  and p.title = :title and p.body = :body and p.createdAt >= :since
			order by p.id""")
	List<Post> findSame(@Param("authorId") Long authorId, @Param("kind") PostKind kind,
			@Param("doetankId") long doetankId, @Param("title") String title, @Param("body") String body,
			@Param("since") Instant since);

}
