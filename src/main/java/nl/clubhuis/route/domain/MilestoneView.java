package nl.clubhuis.route.domain;

import java.time.LocalDate;

import nl.clubhuis.documents.DocumentLink;
import nl.clubhuis.publishing.PostRef;

/**
 * A milestone as the timeline shows it, with the post and the document it points at
 * ({@code post} is null when there is none or it is no longer published; {@code document}
 * when there is none or it is no longer public).
 */
public record MilestoneView(Long id, LocalDate happenedOn, String title, String line, PostRef post,
		DocumentLink document) {

}
