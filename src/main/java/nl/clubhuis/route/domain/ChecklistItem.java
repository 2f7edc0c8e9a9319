package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistKind;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the gatekeepers-overleg checklist of a phase (a checkpoint, a guiding
 * question or the coach's role); kept as data so the network can refine it.
 */
@Entity
@Table(name = "gate_checklist_item")
public class ChecklistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private int position;

	@Enumerated(EnumType.STRING)
	private ChecklistKind kind;

	private String textNl;

	private String textEn;

	private boolean active;

	protected ChecklistItem() {
	}

	/** A new line at this position, in use at once. */
	public ChecklistItem(Phase phase, int position, ChecklistKind kind, String textNl, String textEn) {
		this.phase = phase;
		this.position = position;
		this.kind = kind;
		this.textNl = textNl;
		this.textEn = textEn;
		this.active = true;
	}

	/**
	 * Reviews keep the words they were answered with (gate_review_answer copies them), so
	 * a line can be put better without changing what an old review said.
	 */
	public void reword(String textNl, String textEn) {
		this.textNl = textNl;
		this.textEn = textEn;
	}

	/** Out of the checklist from now on; the row stays, as the route tables do. */
	public void retire() {
		this.active = false;
	}

	public boolean isActive() {
		return this.active;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	/** Coach roles are listed apart from the checkpoints and guiding questions. */
	public boolean sameGroupAs(ChecklistItem other) {
		return this.phase == other.phase && isCoachRole() == other.isCoachRole();
	}

	public Long getId() {
		return this.id;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public int getPosition() {
		return this.position;
	}

	public ChecklistKind getKind() {
		return this.kind;
	}

	public boolean isCheckpoint() {
		return this.kind == ChecklistKind.CHECKPUNT;
	}

	public boolean isGuidingQuestion() {
		return this.kind == ChecklistKind.HULPVRAAG;
	}

	/** What the coach does in this phase: shown beside the checklist, never answered. */
	public boolean isCoachRole() {
		return this.kind == ChecklistKind.COACHROL;
	}

	/** The text in the reader's language; Dutch when there is no translation. */
	public String text(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.textEn != null) ? this.textEn : this.textNl;
	}

	public String getTextNl() {
		return this.textNl;
	}

	public String getTextEn() {
		return this.textEn;
	}

}
