package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.IntakeJudgement;
import nl.clubhuis.doetank.IntakeOrigin;
import nl.clubhuis.doetank.Sufficiency;

import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The intake page's fields: the coach's judgement per question of the method, and an
 * optional word to the author when declining. Which are needed is the rule's
 * ({@link IntakeJudgement}); {@link #check} puts its findings next to the fields.
 */
public class IntakeForm {

	private Sufficiency relevance;

	@Size(max = 300)
	private String relevanceNote;

	private Sufficiency chance;

	@Size(max = 300)
	private String chanceNote;

	private Boolean problemOwner;

	private IntakeOrigin origin;

	@Size(max = 2000)
	private String note;

	IntakeJudgement toJudgement() {
		return new IntakeJudgement(this.relevance, this.relevanceNote, this.chance, this.chanceNote, this.problemOwner,
				this.origin);
	}

	/** Reports the rule's problems (field to message key) on the form's fields. */
	static void check(Map<String, String> problems, Errors errors) {
		problems.forEach((field, key) -> {
			if (IntakeJudgement.GAPS.equals(field)) {
				errors.reject(key);
			}
			else if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
	}

	public Sufficiency getRelevance() {
		return this.relevance;
	}

	public void setRelevance(Sufficiency relevance) {
		this.relevance = relevance;
	}

	public String getRelevanceNote() {
		return this.relevanceNote;
	}

	public void setRelevanceNote(String relevanceNote) {
		this.relevanceNote = relevanceNote;
	}

	public Sufficiency getChance() {
		return this.chance;
	}

	public void setChance(Sufficiency chance) {
		this.chance = chance;
	}

	public String getChanceNote() {
		return this.chanceNote;
	}

	public void setChanceNote(String chanceNote) {
		this.chanceNote = chanceNote;
	}

	public Boolean getProblemOwner() {
		return this.problemOwner;
	}

	public void setProblemOwner(Boolean problemOwner) {
		this.problemOwner = problemOwner;
	}

	public IntakeOrigin getOrigin() {
		return this.origin;
	}

	public void setOrigin(IntakeOrigin origin) {
		this.origin = origin;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
