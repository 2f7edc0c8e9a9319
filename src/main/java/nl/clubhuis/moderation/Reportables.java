package nl.clubhuis.moderation;

import java.util.Collection;
import java.util.Map;

import nl.clubhuis.member.Viewer;

/**
 * SPI: one bean per {@link ReportKind}, in the module that owns that kind of text. Adding
 * a kind is one small class implementing this (and the kind in the enum and its CHECK
 * list). The moderation module calls it inside its own transaction.
 */
public interface Reportables {

	ReportKind kind();

	/**
	 * The items that still exist among these ids, by id, in a fixed number of statements
	 * (the queue shows a page of them).
	 */
	Map<Long, ReportedItem> describe(Collection<Long> ids);

	/**
	 * The item if this viewer can read it now (and so may report it); empty when it does
	 * not exist or is not theirs to see.
	 */
	java.util.Optional<ReportedItem> seenBy(long id, Viewer viewer);

	/** Hide the item for everyone but the redactie and its author, with the word why. */
	void hide(long id, String reason);

	/** Show the item again. */
	void restore(long id);

}
