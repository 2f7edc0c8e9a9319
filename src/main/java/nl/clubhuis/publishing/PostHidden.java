package nl.clubhuis.publishing;

/**
 * The redactie hid a post: what announced it to others (a notification, a digest line)
 * should no longer point at it. Published inside the hiding transaction.
 */
public record PostHidden(Long postId) {

}
