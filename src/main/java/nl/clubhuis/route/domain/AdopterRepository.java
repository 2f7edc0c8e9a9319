package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AdopterRepository extends JpaRepository<Adopter, Long> {

	/** A Doetank's adopters, those that took it up first at the top. */
	@Query("select a from Adopter a where a.doetankId = :doetankId order by a.since, a.organisation, a.id")
	List<Adopter> findForDoetank(Long doetankId);

	/** The same organisation of this Doetank, in any case. */
	@Query("select a from Adopter a where a.doetankId = :doetankId and lower(a.organisation) = lower(:organisation)")
	Optional<Adopter> findTwin(Long doetankId, String organisation);

	/** Removes it; 0 when it was gone already (the confirmation sent twice). */
	@Modifying
	@Query("delete from Adopter a where a.id = :id")
	int deleteWithId(Long id);

}
