package nl.clubhuis.route.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	@Query("select m from Milestone m where m.doetankId = :doetankId order by m.happenedOn, m.id")
	List<Milestone> findForDoetank(@Param("doetankId") Long doetankId);

	Optional<Milestone> findByDoetankIdAndHappenedOnAndTitle(Long doetankId, LocalDate happenedOn, String title);

	/**
	 * The latest milestones of public Doetanks (the doetank module's view
	 * public_doetank), newest first.
	 */
	@Query(nativeQuery = true, value = """
			SELECT m.* FROM milestone m
			WHERE EXISTS (SELECT 1 FROM public_doetank d WHERE d.id = m.doetank_id)
			ORDER BY m.happened_on DESC, m.id DESC
			LIMIT :howMany""")
	List<Milestone> findLatestPublic(@Param("howMany") int howMany);

	@Query("select min(t.happenedAt) from PhaseTransition t where t.doetankId = :doetankId")
	Optional<Instant> findRouteStart(@Param("doetankId") Long doetankId);

}
