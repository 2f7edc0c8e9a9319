package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.IntakeJudgement;
import nl.clubhuis.doetank.IntakeOrigin;
import nl.clubhuis.doetank.ProposalAnswers;
import nl.clubhuis.doetank.Sufficiency;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A Doetank's columns of the intake (V39): the author's answers to the method's questions
 * and the coach's judgement of them. Hibernate gives a Doetank whose columns are all
 * empty no instance: {@link Doetank} reads them through {@link #answers(Intake)} and
 * {@link #judgement(Intake)}.
 */
@Embeddable
class Intake {

	private String answerProblemOwner;

	private String answerValue;

	private String answerCapacity;

	@Enumerated(EnumType.STRING)
	private IntakeOrigin answerOrigin;

	@Enumerated(EnumType.STRING)
	private Sufficiency intakeRelevance;

	private String intakeRelevanceNote;

	@Enumerated(EnumType.STRING)
	private Sufficiency intakeChance;

	private String intakeChanceNote;

	private Boolean intakeProblemOwner;

	@Enumerated(EnumType.STRING)
	private IntakeOrigin intakeOrigin;

	static ProposalAnswers answers(Intake intake) {
		return (intake != null) ? new ProposalAnswers(intake.answerProblemOwner, intake.answerValue,
				intake.answerCapacity, intake.answerOrigin) : ProposalAnswers.NONE;
	}

	static IntakeJudgement judgement(Intake intake) {
		return (intake != null) ? new IntakeJudgement(intake.intakeRelevance, intake.intakeRelevanceNote,
				intake.intakeChance, intake.intakeChanceNote, intake.intakeProblemOwner, intake.intakeOrigin)
				: IntakeJudgement.NONE;
	}

	void answer(ProposalAnswers answers) {
		this.answerProblemOwner = answers.problemOwner();
		this.answerValue = answers.value();
		this.answerCapacity = answers.capacity();
		this.answerOrigin = answers.origin();
	}

	void judge(IntakeJudgement judgement) {
		this.intakeRelevance = judgement.relevance();
		this.intakeRelevanceNote = judgement.relevanceNote();
		this.intakeChance = judgement.chance();
		this.intakeChanceNote = judgement.chanceNote();
		this.intakeProblemOwner = judgement.problemOwner();
		this.intakeOrigin = judgement.origin();
	}

}
