package nl.clubhuis.route;

import java.util.Locale;

/**
 * One point of a phase's gatekeepers-overleg checklist, for pages outside a review: a
 * checkpoint to answer, or a guiding question.
 */
public record ChecklistPoint(int position, boolean checkpoint, String textNl, String textEn) {

	/** In the reader's language; Dutch when there is no English text. */
	public String text(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.textEn != null) ? this.textEn : this.textNl;
	}

}
