package nl.clubhuis.doetank;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.member.Member;
import nl.clubhuis.shared.Texts;

/**
 * Who really decides about the experiment (not only the delegated opdrachtgever at the
 * table), and the agreed randvoorwaarden, spelregels and terugkoppelmomenten.
 */
@Entity
@Table(name = "adoption_agreement")
public class AdoptionAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	private String decisionMaker;

	private String opdrachtgever;

	private String conditions;

	private String rules;

	private String feedbackMoments;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "updated_by_id")
	private Member updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected AdoptionAgreement() {
	}

	AdoptionAgreement(Doetank doetank) {
		this.doetank = doetank;
	}

	void record(AdoptionAgreementForm form, Member by, Instant now) {
		this.decisionMaker = form.getDecisionMaker().strip();
		this.opdrachtgever = Texts.stripToNull(form.getOpdrachtgever());
		this.conditions = form.getConditions().strip();
		this.rules = Texts.stripToNull(form.getRules());
		this.feedbackMoments = Texts.stripToNull(form.getFeedbackMoments());
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public String getDecisionMaker() {
		return this.decisionMaker;
	}

	public String getOpdrachtgever() {
		return this.opdrachtgever;
	}

	public String getConditions() {
		return this.conditions;
	}

	public String getRules() {
		return this.rules;
	}

	public String getFeedbackMoments() {
		return this.feedbackMoments;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
