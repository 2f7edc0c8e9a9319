package nl.clubhuis.route.domain;

import nl.clubhuis.route.ChecklistAnswer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.clubhuis.shared.Texts;

/** One checkpoint as it was asked in a review, with its answer and remark. */
@Entity
@Table(name = "gate_review_answer")
public class GateReviewAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "gate_review_id")
	private GateReview review;

	private int position;

	private String question;

	@Enumerated(EnumType.STRING)
	private ChecklistAnswer answer;

	private String remark;

	protected GateReviewAnswer() {
	}

	GateReviewAnswer(GateReview review, int position, String question, ChecklistAnswer answer, String remark) {
		this.review = review;
		this.position = position;
		this.question = question;
		this.answer = answer;
		this.remark = Texts.stripToNull(remark);
	}

	GateReview getReview() {
		return this.review;
	}

	public int getPosition() {
		return this.position;
	}

	public String getQuestion() {
		return this.question;
	}

	public ChecklistAnswer getAnswer() {
		return this.answer;
	}

	public String getRemark() {
		return this.remark;
	}

}
