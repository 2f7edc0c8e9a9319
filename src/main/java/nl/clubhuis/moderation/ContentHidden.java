package nl.clubhuis.moderation;

import java.time.Instant;

/**
 * The redactie hid something a member wrote: published in the decision's transaction so
 * the author hears it (the notifications module listens), with the word to the author or,
 * without one, the start of the text.
 */
public record ContentHidden(ReportKind kind, long itemId, long authorId, String path, String word, long redacteurId,
		Instant at) {
}
