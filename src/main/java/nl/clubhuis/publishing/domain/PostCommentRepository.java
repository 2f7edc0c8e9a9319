package nl.clubhuis.publishing.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PostCommentRepository extends JpaRepository<PostComment, Long> {

	/**
	 * The comments under a post, oldest first; hidden ones only for redacteurs and their
	 * author.
	 */
	@Query(value = """
			select c from PostComment c
			where c.post.id = :postId and (c.hidden = false or :withHidden = true or c.authorId = :viewerId)
			order by c.writtenAt, c.id
			""", countQuery = """
			select count(c) from PostComment c
			where c.post.id = :postId and (c.hidden = false or :withHidden = true or c.authorId = :viewerId)
			""")
	Page<PostComment> findUnder(@Param("postId") Long postId, @Param("withHidden") boolean withHidden,
			@Param("viewerId") Long viewerId, Pageable pageable);

	@Query(value = """
			select c from PostComment c join fetch c.post
			where c.reportCount > 0 order by c.hidden, c.lastReportedAt desc
			""", countQuery = "select count(c) from PostComment c where c.reportCount > 0")
	Page<PostComment> findReported(Pageable pageable);

	/** The newest comments that are not hidden, with their posts. */
	@Query("select c from PostComment c join fetch c.post where c.hidden = false order by c.writtenAt desc, c.id desc")
	java.util.List<PostComment> findLatestWithPost(Pageable pageable);

	@Query("select c from PostComment c join fetch c.post where c.id in :ids")
	java.util.List<PostComment> findAllWithPost(@Param("ids") java.util.Collection<Long> ids);

	@Query("select c from PostComment c join fetch c.post where c.id = :id")
	Optional<PostComment> findWithPost(@Param("id") Long id);

	/**
	 * This member's comments with exactly this text under the post, written since then.
	 */
	@Query("""
			select c from PostComment c
			where c.post.id = :postId and c.authorId = :authorId and c.text = :text and c.writtenAt >= :since
			order by c.id""")
	java.util.List<PostComment> findSame(@Param("postId") Long postId, @Param("authorId") Long authorId,
			@Param("text") String text, @Param("since") java.time.Instant since);

}
