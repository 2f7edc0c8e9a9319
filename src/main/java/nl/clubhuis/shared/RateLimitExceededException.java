package nl.clubhuis.shared;

/**
 * An attempt over a {@link RateLimit}: answered with 429. A form that catches
 * {@link RuleViolationException} shows the message next to the input it keeps; otherwise
 * the error page says why.
 */
public class RateLimitExceededException extends RuleViolationException {

	public RateLimitExceededException(String messageKey) {
		super(messageKey);
	}

}
