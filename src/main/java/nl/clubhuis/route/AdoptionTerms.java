package nl.clubhuis.route;

/**
 * The adoption agreement's terms: who decides, who gives room, on which conditions and
 * rules, and when the team reports back.
 */
public record AdoptionTerms(String decisionMaker, String opdrachtgever, String conditions, String rules,
		String feedbackMoments) {

}
