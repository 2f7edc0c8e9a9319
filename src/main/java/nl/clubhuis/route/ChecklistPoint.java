package nl.clubhuis.route;

import java.util.Locale;

/**
 * One point of a phase's gatekeepers-overleg checklist, for pages outside a review: a
 * checkpoint to answer, a guiding question, or the coach's role.
 */
public record ChecklistPoint(int position, ChecklistKind kind, String textNl, String textEn) {

	public boolean checkpoint() {
		return this.kind == ChecklistKind.CHECKPUNT;
	}

	public boolean guidingQuestion() {
		return this.kind == ChecklistKind.HULPVRAAG;
	}

	public boolean coachRole() {
		return this.kind == ChecklistKind.COACHROL;
	}

	/** In the reader's language; Dutch when there is no English text. */
	public String text(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.textEn != null) ? this.textEn : this.textNl;
	}

}
