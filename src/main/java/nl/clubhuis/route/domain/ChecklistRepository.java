package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.Phase;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistRepository extends JpaRepository<ChecklistItem, Long> {

	List<ChecklistItem> findByPhaseAndActiveTrueOrderByPosition(Phase phase);

}
