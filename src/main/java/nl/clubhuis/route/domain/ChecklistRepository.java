package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChecklistRepository extends JpaRepository<ChecklistItem, Long> {

	List<ChecklistItem> findByPhaseAndActiveTrueOrderByPosition(Phase phase);

	/** The highest position any line of these kinds ever had in the phase. */
	@Query("select max(i.position) from ChecklistItem i where i.phase = ?1 and i.kind in ?2")
	Optional<Integer> lastPosition(Phase phase, Collection<ChecklistKind> kinds);

}
