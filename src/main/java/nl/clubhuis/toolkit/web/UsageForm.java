package nl.clubhuis.toolkit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.Texts;
import nl.clubhuis.toolkit.domain.WerkvormUsage;

/** "We used this werkvorm in this phase, and this is what we did with it." */
public class UsageForm {

	@NotBlank
	private String werkvorm;

	@NotNull
	private Phase phase;

	@Size(max = WerkvormUsage.NOTE_LENGTH)
	private String note;

	String noteOrNull() {
		return Texts.stripToNull(this.note);
	}

	public String getWerkvorm() {
		return this.werkvorm;
	}

	public void setWerkvorm(String werkvorm) {
		this.werkvorm = werkvorm;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public void setPhase(Phase phase) {
		this.phase = phase;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
