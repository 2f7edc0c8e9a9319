package nl.clubhuis.member;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing that waits for a member, as "Wacht op mij" shows it: a sentence (a message
 * key with its arguments; an argument may be a
 * {@link org.springframework.context.MessageSourceResolvable} such as a role name, which
 * is put in the page's language), the page where it is handled, since when it waits (in
 * Amsterdam; null if unknown) and buttons that handle it right there (each a POST, for
 * example accepting an invitation).
 */
public record WaitingItem(String messageKey, List<Object> arguments, String path, ZonedDateTime since,
		List<Action> actions) {

	/** The longest waiting first; items without a moment last, in the order given. */
	public static final Comparator<WaitingItem> LONGEST_WAITING_FIRST = Comparator.comparing(WaitingItem::since,
			Comparator.nullsLast(Comparator.naturalOrder()));

	public WaitingItem {
		arguments = List.copyOf(arguments);
		actions = List.copyOf(actions);
	}

	/** An item that links to the page where it is handled. */
	public static WaitingItem of(String messageKey, String path, ZonedDateTime since, Object... arguments) {
		return new WaitingItem(messageKey, List.of(arguments), path, since, List.of());
	}

	/** The same item with one more button. */
	public WaitingItem with(Action action) {
		List<Action> more = new ArrayList<>(this.actions);
		more.add(action);
		return new WaitingItem(this.messageKey, this.arguments, this.path, this.since, more);
	}

	/** The arguments as {@code @dutchWords.in} takes them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	/**
	 * A button that handles the item: its text (a message key) and where it posts to.
	 */
	public record Action(String labelKey, String postPath) {
	}

}
