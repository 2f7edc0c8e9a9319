package nl.clubhuis.doetank;

import nl.clubhuis.shared.Texts;

/**
 * The author's answers to the intake's questions, in plain words: who has this problem
 * and wants the result ({@code problemOwner}), what it brings ({@code value}), who has
 * time and room to pull it ({@code capacity}), and whether it began from a problem or an
 * idea. All optional: the coach asks at intake what is still open.
 */
public record ProposalAnswers(String problemOwner, String value, String capacity, IntakeOrigin origin) {

	public static final ProposalAnswers NONE = new ProposalAnswers(null, null, null, null);

	public ProposalAnswers {
		problemOwner = Texts.stripToNull(problemOwner);
		value = Texts.stripToNull(value);
		capacity = Texts.stripToNull(capacity);
	}

	public boolean isEmpty() {
		return this.problemOwner == null && this.value == null && this.capacity == null && this.origin == null;
	}

}
