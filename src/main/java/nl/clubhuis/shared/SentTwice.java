package nl.clubhuis.shared;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A form sent twice (a double click, the browser's "send again", going back and sending
 * once more) does its thing once: the same text by the same member about the same thing
 * within {@link #WINDOW} is the one already there. For forms on pages kept for a member
 * ({@link KeptPages}), where a one-time token in the form would be the same in every
 * view. {@link #lockFor} makes a member's sends of one kind wait for each other until
 * their transactions end (an advisory lock, so across instances too), so the second finds
 * what the first wrote.
 */
@Component
public class SentTwice {

	/**
	 * Longer than any resend; shorter than a member writing the same line again on
	 * purpose.
	 */
	public static final Duration WINDOW = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	SentTwice(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Call first in the transaction that looks for the earlier send and writes. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockFor(String kind, long memberId) {
		this.jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?), ?)", (rs) -> null, "sent-twice:" + kind,
				(int) (memberId ^ (memberId >>> 32)));
	}

	/** From when an identical earlier send counts as this one. */
	public static Instant since(Instant now) {
		return now.minus(WINDOW);
	}

}
