package nl.clubhuis.doetank;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRepository extends JpaRepository<ChecklistItem, Long> {

	List<ChecklistItem> findByPhaseAndActiveTrueOrderByPosition(Phase phase);

}
