package nl.clubhuis.route;

import java.time.LocalDate;

/**
 * A milestone as the team writes it: the day it happened, a title, one line, and
 * optionally a published post and a public document of the same Doetank ({@code postId}
 * and {@code documentId} may be null).
 */
public record MilestoneEntry(LocalDate happenedOn, String title, String line, Long postId, Long documentId) {

	public MilestoneEntry(LocalDate happenedOn, String title, String line, Long postId) {
		this(happenedOn, title, line, postId, null);
	}

}
