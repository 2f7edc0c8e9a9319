package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.IntakeOrigin;
import nl.clubhuis.doetank.ProposalAnswers;

import jakarta.validation.constraints.Size;

/**
 * The intake's questions as the author answers them, shared by the proposal form and the
 * edit form of a Doetank (templates/doetank/intake-fragments.html shows them).
 */
public abstract class ProposalAnswersFields {

	@Size(max = 1000)
	private String answerProblemOwner;

	@Size(max = 1000)
	private String answerValue;

	@Size(max = 1000)
	private String answerCapacity;

	private IntakeOrigin answerOrigin;

	ProposalAnswers toAnswers() {
		return new ProposalAnswers(this.answerProblemOwner, this.answerValue, this.answerCapacity, this.answerOrigin);
	}

	void fill(ProposalAnswers answers) {
		this.answerProblemOwner = answers.problemOwner();
		this.answerValue = answers.value();
		this.answerCapacity = answers.capacity();
		this.answerOrigin = answers.origin();
	}

	public String getAnswerProblemOwner() {
		return this.answerProblemOwner;
	}

	public void setAnswerProblemOwner(String answerProblemOwner) {
		this.answerProblemOwner = answerProblemOwner;
	}

	public String getAnswerValue() {
		return this.answerValue;
	}

	public void setAnswerValue(String answerValue) {
		this.answerValue = answerValue;
	}

	public String getAnswerCapacity() {
		return this.answerCapacity;
	}

	public void setAnswerCapacity(String answerCapacity) {
		this.answerCapacity = answerCapacity;
	}

	public IntakeOrigin getAnswerOrigin() {
		return this.answerOrigin;
	}

	public void setAnswerOrigin(IntakeOrigin answerOrigin) {
		this.answerOrigin = answerOrigin;
	}

}
