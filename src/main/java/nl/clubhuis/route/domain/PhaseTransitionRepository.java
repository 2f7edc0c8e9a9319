package nl.clubhuis.route.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhaseTransitionRepository extends JpaRepository<PhaseTransition, Long> {

	@Query("select t from PhaseTransition t where t.doetankId = :doetankId order by t.happenedAt, t.id")
	List<PhaseTransition> findRoute(Long doetankId);

}
