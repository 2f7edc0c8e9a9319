package nl.clubhuis.route.web;

import nl.clubhuis.route.AdoptionTerms;

import nl.clubhuis.route.domain.AdoptionAgreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The fields of /doetanks/{slug}/adoptie. */
public class AdoptionAgreementForm {

	@NotBlank
	@Size(max = 200)
	private String decisionMaker;

	@Size(max = 200)
	private String opdrachtgever;

	@NotBlank
	@Size(max = 2000)
	private String conditions;

	@Size(max = 2000)
	private String rules;

	@Size(max = 2000)
	private String feedbackMoments;

	static AdoptionAgreementForm of(AdoptionAgreement agreement) {
		AdoptionAgreementForm form = new AdoptionAgreementForm();
		if (agreement != null) {
			form.decisionMaker = agreement.getDecisionMaker();
			form.opdrachtgever = agreement.getOpdrachtgever();
			form.conditions = agreement.getConditions();
			form.rules = agreement.getRules();
			form.feedbackMoments = agreement.getFeedbackMoments();
		}
		return form;
	}

	public String getDecisionMaker() {
		return this.decisionMaker;
	}

	public void setDecisionMaker(String decisionMaker) {
		this.decisionMaker = decisionMaker;
	}

	public String getOpdrachtgever() {
		return this.opdrachtgever;
	}

	public void setOpdrachtgever(String opdrachtgever) {
		this.opdrachtgever = opdrachtgever;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getRules() {
		return this.rules;
	}

	public void setRules(String rules) {
		this.rules = rules;
	}

	public String getFeedbackMoments() {
		return this.feedbackMoments;
	}

	public void setFeedbackMoments(String feedbackMoments) {
		this.feedbackMoments = feedbackMoments;
	}

	public AdoptionTerms toTerms() {
		return new AdoptionTerms(this.decisionMaker, this.opdrachtgever, this.conditions, this.rules,
				this.feedbackMoments);
	}

}
