package nl.clubhuis.route;

import java.time.LocalDate;

/**
 * A milestone as the team writes it: the day it happened, a title, one line, and
 * optionally a published post of the same Doetank ({@code postId} may be null).
 */
public record MilestoneEntry(LocalDate happenedOn, String title, String line, Long postId) {

}
