package nl.clubhuis.member.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberPhotoRepository extends JpaRepository<MemberPhoto, Long> {

	/** Stores the member's photo, replacing the one they had (twice the same is fine). */
	@Modifying
	@Query(value = """
			INSERT INTO member_photo (member_id, content_type, bytes, width, height, uploaded_at)
			VALUES (:memberId, :contentType, :bytes, :width, :height, :uploadedAt)
			ON CONFLICT (member_id) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,
			width = EXCLUDED.width, height = EXCLUDED.height, uploaded_at = EXCLUDED.uploaded_at""", nativeQuery = true)
	void put(Long memberId, String contentType, byte[] bytes, int width, int height, Instant uploadedAt);

	/** When the member's photo was uploaded, without its bytes; empty without one. */
	@Query("select p.uploadedAt from MemberPhoto p where p.memberId = :memberId")
	Optional<Instant> findUploadedAt(Long memberId);

	@Modifying
	@Query("delete from MemberPhoto p where p.memberId = :memberId")
	int deleteByMemberId(Long memberId);

}
