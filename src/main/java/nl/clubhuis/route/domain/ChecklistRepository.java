package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ChecklistRepository extends JpaRepository<ChecklistItem, Long> {

	List<ChecklistItem> findByPhaseAndActiveTrueOrderByPosition(Phase phase);

	/** Every line of the phase, locked: two beheerders changing its order take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from ChecklistItem i where i.phase = ?1 order by i.position, i.id")
	List<ChecklistItem> lockPhase(Phase phase);

	/** The highest position a line of these kinds in use has in the phase. */
	@Query("select max(i.position) from ChecklistItem i where i.phase = ?1 and i.kind in ?2 and i.active = true")
	Optional<Integer> lastPosition(Phase phase, Collection<ChecklistKind> kinds);

}
