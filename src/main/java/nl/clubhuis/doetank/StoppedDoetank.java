package nl.clubhuis.doetank;

/** A stopped Doetank with why it stopped and what the network can learn from it. */
public record StoppedDoetank(Long id, String slug, String title, String stopReason, String lessons) {
}
