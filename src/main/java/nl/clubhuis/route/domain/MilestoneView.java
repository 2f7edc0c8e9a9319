package nl.clubhuis.route.domain;

import java.time.LocalDate;

import nl.clubhuis.publishing.PostRef;

/**
 * A milestone as the timeline shows it, with the post it points at ({@code post} is null
 * when there is none, or when that post is no longer published).
 */
public record MilestoneView(Long id, LocalDate happenedOn, String title, String line, PostRef post) {

}
