package nl.clubhuis.contact.domain;

/** The sender already sent as many messages as a day allows. */
public class DailyLimitReachedException extends RuntimeException {

	private final int limit;

	DailyLimitReachedException(int limit) {
		super("daily limit of " + limit + " messages reached");
		this.limit = limit;
	}

	public int getLimit() {
		return this.limit;
	}

}
