package nl.clubhuis.toolkit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WerkvormUsageRepository extends JpaRepository<WerkvormUsage, Long> {

	@Query("select u from WerkvormUsage u join fetch u.werkvorm where u.doetank.id = :doetank")
	List<WerkvormUsage> findByDoetank(@Param("doetank") Long doetankId);

	Optional<WerkvormUsage> findByDoetankIdAndWerkvormIdAndPhase(Long doetankId, Long werkvormId, Phase phase);

	/** The Doetanks that used a werkvorm, most recently recorded first. */
	@Query(value = """
			select u from WerkvormUsage u join fetch u.doetank d
			where u.werkvorm.id = :werkvorm and d.status in :statuses order by u.recordedAt desc, u.id desc""",
			countQuery = """
					select count(u) from WerkvormUsage u
					where u.werkvorm.id = :werkvorm and u.doetank.status in :statuses""")
	Page<WerkvormUsage> findByWerkvorm(@Param("werkvorm") Long werkvormId,
			@Param("statuses") Collection<DoetankStatus> statuses, Pageable pageable);

	/** What other Doetanks did with these werkvormen in this phase. */
	@Query("""
			select u from WerkvormUsage u join fetch u.doetank d join fetch u.werkvorm w
			where u.phase = :phase and w.id in :werkvormen and d.status in :statuses
			order by u.recordedAt desc, u.id desc""")
	List<WerkvormUsage> findInPhase(@Param("phase") Phase phase, @Param("werkvormen") Collection<Long> werkvormIds,
			@Param("statuses") Collection<DoetankStatus> statuses, Limit limit);

	boolean existsByWerkvormId(Long werkvormId);

	long countByWerkvormId(Long werkvormId);

}
