package nl.clubhuis.route;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.domain.ChecklistItem;
import nl.clubhuis.route.domain.ChecklistRepository;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gatekeepers-overleg checklist of a phase, for pages outside a review. */
@Service
@Transactional(readOnly = true)
public class GateChecklist {

	private final ChecklistRepository items;

	GateChecklist(ChecklistRepository items) {
		this.items = items;
	}

	/**
	 * The checkpoints, guiding questions and coach roles of the phase, in their order.
	 */
	public List<ChecklistPoint> of(Phase phase) {
		return this.items.findByPhaseAndActiveTrueOrderByPosition(phase)
			.stream()
			.map((item) -> new ChecklistPoint(item.getPosition(), item.getKind(), item.getTextNl(), item.getTextEn()))
			.toList();
	}

}
