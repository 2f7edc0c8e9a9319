package nl.clubhuis.route;

/**
 * The opdrachtgever's judgement of a Doetank's result: is it put into practice, partly,
 * or not.
 */
public enum EvaluationOutcome {

	INGEVOERD, DEELS, NIET

}
