package nl.clubhuis.shared;

/**
 * A domain rule said no (for example: the last trekker cannot leave an active Doetank).
 * Carries a message key so the page can tell the person why, in their language.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	public RuleViolationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
