package nl.clubhuis.route;

import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.ChecklistItem;
import nl.clubhuis.route.domain.ChecklistRepository;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beheerders refine the gatekeepers-overleg checklist of each phase: add a line, put one
 * better, take one out, change the order. Reviews already recorded keep the words they
 * were answered with; a gatekeepers-overleg recorded from now on uses the new list.
 */
@Service
public class GateChecklistEditor {

	/**
	 * Coach roles are numbered from here, apart from checkpoints and guiding questions.
	 */
	static final int FIRST_COACH_ROLE = 21;

	private final ChecklistRepository items;

	GateChecklistEditor(ChecklistRepository items) {
		this.items = items;
	}

	/** A line as the editor shows it. */
	public record Line(Long id, Phase phase, ChecklistKind kind, String textNl, String textEn) {
	}

	/** The lines in use in this phase, in their order. */
	@Transactional(readOnly = true)
	public List<Line> lines(Phase phase) {
		return this.items.findByPhaseAndActiveTrueOrderByPosition(phase)
			.stream()
			.map(GateChecklistEditor::line)
			.toList();
	}

	/** One line in use; 404 for one taken out or unknown. */
	@Transactional(readOnly = true)
	public Line line(Long id, Viewer viewer) {
		requireBeheerder(viewer);
		return line(active(id));
	}

	/** Adds a line after the last of its group in the phase. */
	@Transactional
	public Long add(Phase phase, ChecklistKind kind, String textNl, String textEn, Viewer viewer) {
		requireBeheerder(viewer);
		this.items.lockPhase(phase);
		boolean coachRole = kind == ChecklistKind.COACHROL;
		List<ChecklistKind> group = coachRole ? List.of(ChecklistKind.COACHROL)
				: List.of(ChecklistKind.CHECKPUNT, ChecklistKind.HULPVRAAG);
		int last = this.items.lastPosition(phase, group).orElse(coachRole ? FIRST_COACH_ROLE - 1 : 0);
		return this.items.save(new ChecklistItem(phase, last + 1, kind, textNl, blankToNull(textEn))).getId();
	}

	@Transactional
	public Phase reword(Long id, String textNl, String textEn, Viewer viewer) {
		requireBeheerder(viewer);
		ChecklistItem item = active(id);
		item.reword(textNl, blankToNull(textEn));
		return item.getPhase();
	}

	/** Returns the phase, to go back to; nothing changes for a line already out. */
	@Transactional
	public Phase retire(Long id, Viewer viewer) {
		requireBeheerder(viewer);
		ChecklistItem item = this.items.findById(id).orElseThrow(() -> new NotFoundException("checklist item " + id));
		item.retire();
		return item.getPhase();
	}

	/**
	 * Swaps the line with the one before it ({@code up}) or after it in its group; at the
	 * start or end of the list nothing changes. Returns the phase.
	 */
	@Transactional
	public Phase move(Long id, boolean up, Viewer viewer) {
		requireBeheerder(viewer);
		ChecklistItem item = active(id);
		List<ChecklistItem> group = this.items.lockPhase(item.getPhase())
			.stream()
			.filter(ChecklistItem::isActive)
			.filter(item::sameGroupAs)
			.toList();
		int at = group.indexOf(item);
		int other = up ? at - 1 : at + 1;
		if (other >= 0 && other < group.size()) {
			ChecklistItem neighbour = group.get(other);
			int position = item.getPosition();
			item.moveTo(neighbour.getPosition());
			neighbour.moveTo(position);
		}
		return item.getPhase();
	}

	private ChecklistItem active(Long id) {
		return this.items.findById(id)
			.filter(ChecklistItem::isActive)
			.orElseThrow(() -> new NotFoundException("checklist item " + id));
	}

	private static Line line(ChecklistItem item) {
		return new Line(item.getId(), item.getPhase(), item.getKind(), item.getTextNl(), item.getTextEn());
	}

	private static String blankToNull(String text) {
		return Optional.ofNullable(text).map(String::strip).filter((t) -> !t.isEmpty()).orElse(null);
	}

	private static void requireBeheerder(Viewer viewer) {
		if (!viewer.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder refines the gatekeepers checklist");
		}
	}

}
