package nl.clubhuis.route;

/**
 * What an opdrachtgever writes about a Doetank's result: a short testimonial (Markdown)
 * and an evaluation, a judgement with its reasons.
 */
public record TestimonialEntry(String quote, EvaluationOutcome outcome, String evaluation) {

	public TestimonialEntry {
		quote = (quote != null) ? quote.strip() : null;
		evaluation = (evaluation != null) ? evaluation.strip() : null;
	}

}
