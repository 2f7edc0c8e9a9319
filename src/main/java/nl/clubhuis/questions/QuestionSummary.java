package nl.clubhuis.questions;

import java.time.Instant;

/** A question in a list elsewhere (the home page, the redactie desk). */
public record QuestionSummary(long id, String title, String path, long askerId, Instant askedAt, int answers,
		boolean answered) {

	/** The address of a question's page: /vragen/{id}-{slug}. */
	public static String pathOf(long id, String slug) {
		return "/vragen/" + id + "-" + slug;
	}

}
