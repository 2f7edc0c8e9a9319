package nl.clubhuis.route.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.route.EvaluationOutcome;
import nl.clubhuis.route.TestimonialEntry;
import nl.clubhuis.route.domain.Testimonial;

/** The fields of /doetanks/{slug}/opdrachtgever, with the version the form showed. */
public class TestimonialForm {

	@NotBlank
	@Size(max = 600)
	private String quote;

	@NotNull
	private EvaluationOutcome outcome;

	@NotBlank
	@Size(max = 3000)
	private String evaluation;

	private Long version;

	static TestimonialForm of(Testimonial testimonial) {
		TestimonialForm form = new TestimonialForm();
		if (testimonial != null) {
			form.quote = testimonial.getQuote();
			form.outcome = testimonial.getOutcome();
			form.evaluation = testimonial.getEvaluation();
			form.version = testimonial.getVersion();
		}
		return form;
	}

	TestimonialEntry toEntry() {
		return new TestimonialEntry(this.quote, this.outcome, this.evaluation);
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public EvaluationOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(EvaluationOutcome outcome) {
		this.outcome = outcome;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
