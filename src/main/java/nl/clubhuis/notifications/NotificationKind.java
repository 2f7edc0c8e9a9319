package nl.clubhuis.notifications;

/**
 * What a notification is about. Its text is the message {@code notification.<KIND>} with
 * the notification's arguments; a member chooses per kind how they hear about it.
 */
public enum NotificationKind {

	/**
	 * A followed Doetank moved to another phase (with the gatekeepers-overleg's
	 * decision).
	 */
	DOETANK_PHASE,
	/** A followed Doetank stopped, closed with its result or finished its route. */
	DOETANK_ENDED,
	/** A followed Doetank reached a milestone. */
	DOETANK_MILESTONE,
	/** A new blog post or beschouwing. */
	NEW_POST,
	/** A new meeting of a followed Doetank. */
	DOETANK_MEETING,
	/** The member's join request or invitation was decided. */
	REQUEST_DECIDED,
	/** A new question with a followed expertise, or by a followed member. */
	QUESTION_ASKED,
	/** An answer to the member's question or to a question they follow. */
	QUESTION_ANSWERED,
	/** The member's answer was marked as the one that helped. */
	ANSWER_ACCEPTED,
	/** For coaches: a Doetank asks for a gatekeepers-overleg. */
	REVIEW_REQUESTED,
	/** For coaches: a new proposal waits for intake. */
	INTAKE_WAITING,
	/** For supporters: a team asks them to open a door. */
	DOOR_REQUESTED,
	/** An event the member registered for changed its time or place. */
	EVENT_CHANGED,
	/** An event the member registered for was called off. */
	EVENT_CALLED_OFF,
	/** The member moved up from a waiting list. */
	PLACE_OFFERED,
	/** The redactie hid something the member wrote, with a word why. */
	CONTENT_HIDDEN,
	/** An event the member registered for, called off, goes ahead after all. */
	EVENT_RESUMED

}
