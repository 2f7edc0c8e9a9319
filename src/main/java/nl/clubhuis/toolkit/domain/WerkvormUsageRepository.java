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
 * The two lists of usages by public Doetanks join the doetank table in SQL: filtering
 * after the query would break their pages and their limit. The doetank module owns that
 * table; only its status column is read here.
 */
interface WerkvormUsageRepository extends JpaRepository<WerkvormUsage, Long> {

	@Query("select u from WerkvormUsage u join fetch u.werkvorm where u.doetankId = :doetank")
	List<WerkvormUsage> findByDoetank(@Param("doetank") Long doetankId);

	Optional<WerkvormUsage> findByDoetankIdAndWerkvormIdAndPhase(Long doetankId, Long werkvormId, Phase phase);

	/** The public Doetanks' usages of a werkvorm, most recently recorded first. */
	@Query(nativeQuery = true, value = """
			select u.* from werkvorm_usage u join doetank d on d.id = u.doetank_id
			where u.werkvorm_id = :werkvorm and d.status in (:statuses)
			order by u.recorded_at desc, u.id desc""", countQuery = """
			select count(*) from werkvorm_usage u join doetank d on d.id = u.doetank_id
			where u.werkvorm_id = :werkvorm and d.status in (:statuses)""")
	Page<WerkvormUsage> findPublicByWerkvorm(@Param("werkvorm") Long werkvormId,
			@Param("statuses") Collection<String> statuses, Pageable pageable);

	/**
	 * What public Doetanks did with these werkvormen in this phase, most recent first.
	 */
	@Query(nativeQuery = true, value = """
			select u.* from werkvorm_usage u join doetank d on d.id = u.doetank_id
			where u.phase = :phase and u.werkvorm_id in (:werkvormen) and d.status in (:statuses)
			order by u.recorded_at desc, u.id desc limit :limit""")
	List<WerkvormUsage> findPublicInPhase(@Param("phase") String phase,
			@Param("werkvormen") Collection<Long> werkvormIds, @Param("statuses") Collection<String> statuses,
			@Param("limit") int limit);

	boolean existsByWerkvormId(Long werkvormId);

}
