package nl.clubhuis.moderation;

/**
 * A reportable text as the queue shows it: who wrote it, a short excerpt, the page where
 * it is read (for the redactie) and whether it is hidden now.
 */
public record ReportedItem(Long authorId, String excerpt, String path, boolean hidden) {

	private static final int EXCERPT = 280;

	public ReportedItem {
		excerpt = (excerpt == null) ? "" : excerpt.strip();
		if (excerpt.length() > EXCERPT) {
			excerpt = excerpt.substring(0, EXCERPT - 1) + "…";
		}
	}

}
