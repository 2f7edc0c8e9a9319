package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistKind;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
