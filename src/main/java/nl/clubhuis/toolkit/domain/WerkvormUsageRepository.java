package nl.clubhuis.toolkit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.Phase;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The two lists of usages by public Doetanks filter in SQL, as filtering after the query
 * would break their pages and their limit. They join the doetank module's view
 * {@code public_doetank} (migration V23), its published contract, never its table.
 */
interface WerkvormUsageRepository extends JpaRepository<WerkvormUsage, Long> {

	@Query("select u from WerkvormUsage u join fetch u.werkvorm where u.doetankId = :doetank")
	List<WerkvormUsage> findByDoetank(@Param("doetank") Long doetankId);

	Optional<WerkvormUsage> findByDoetankIdAndWerkvormIdAndPhase(Long doetankId, Long werkvormId, Phase phase);

	/** The public Doetanks' usages of a werkvorm, most recently recorded first. */
	@Query(nativeQuery = true, value = """
			select u.* from werkvorm_usage u join public_doetank d on d.id = u.doetank_id
			where u.werkvorm_id = :werkvorm
			order by u.recorded_at desc, u.id desc""", countQuery = """
			select count(*) from werkvorm_usage u join public_doetank d on d.id = u.doetank_id
			where u.werkvorm_id = :werkvorm""")
	Page<WerkvormUsage> findPublicByWerkvorm(@Param("werkvorm") Long werkvormId, Pageable pageable);

	/**
	 * What public Doetanks did with these werkvormen in this phase, most recent first.
	 */
	@Query(nativeQuery = true, value = """
			select u.* from werkvorm_usage u join public_doetank d on d.id = u.doetank_id
			where u.phase = :phase and u.werkvorm_id in (:werkvormen)
			order by u.recorded_at desc, u.id desc limit :limit""")
	List<WerkvormUsage> findPublicInPhase(@Param("phase") String phase,
			@Param("werkvormen") Collection<Long> werkvormIds, @Param("limit") int limit);

	/** What this member recorded for public Doetanks, most recent first. */
	@Query(nativeQuery = true, value = """
			select u.id as id, u.doetank_id as doetankId, w.name as werkvormName, w.slug as werkvormSlug,
			       u.phase as phase, u.note as note
			from werkvorm_usage u join public_doetank d on d.id = u.doetank_id join werkvorm w on w.id = u.werkvorm_id
			where u.recorded_by = :member
			order by u.recorded_at desc, u.id desc limit :limit""")
	List<RecordedRow> findPublicRecordedBy(@Param("member") Long memberId, @Param("limit") int limit);

	interface RecordedRow {

		Long getId();

		Long getDoetankId();

		String getWerkvormName();

		String getWerkvormSlug();

		String getPhase();

		String getNote();

	}

	boolean existsByWerkvormId(Long werkvormId);

}
