package nl.clubhuis.route.domain;

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
import nl.clubhuis.route.AdoptionTerms;
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

	private Long doetankId;

	private String decisionMaker;

	private String opdrachtgever;

	private String conditions;

	private String rules;

	private String feedbackMoments;

	private Long updatedById;

	private Instant updatedAt;

	@Version
	private long version;

	protected AdoptionAgreement() {
	}

	public AdoptionAgreement(Long doetankId) {
		this.doetankId = doetankId;
	}

	public void record(AdoptionTerms terms, Long byId, Instant now) {
		this.decisionMaker = terms.decisionMaker().strip();
		this.opdrachtgever = Texts.stripToNull(terms.opdrachtgever());
		this.conditions = terms.conditions().strip();
		this.rules = Texts.stripToNull(terms.rules());
		this.feedbackMoments = Texts.stripToNull(terms.feedbackMoments());
		this.updatedById = byId;
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
