package nl.clubhuis.moderation;

/**
 * What kind of text a report is about; each has one {@link Reportables} bean in the
 * module that owns it (the column {@code report.item_kind} has a CHECK list of these).
 */
public enum ReportKind {

	/** A comment under a post (publishing). */
	COMMENT,
	/** A message sent through the contact form (contact), reported by its recipient. */
	MESSAGE,
	/**
	 * A member's profile: its free text, the bio (member; its bean lives in this module).
	 */
	PROFILE,
	/** A question to the network (questions). */
	QUESTION,
	/** An answer to a question (questions). */
	ANSWER,
	/** A comment on an answer (questions). */
	ANSWER_COMMENT,
	/**
	 * A Doetank's blog post or beschouwing, published without an editor (publishing).
	 */
	POST

}
