package nl.clubhuis.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether mail reaches the mail server, for the beheerders: when a mail last left, when
 * one last failed and why, and a test mail to themselves. Without it, a mail server that
 * refuses the portal shows nowhere but in the server log, while members wait for links
 * that never come. Kept in PostgreSQL, so every instance sees the same.
 */
@Service
public class MailHealth {

	/**
	 * How often anyone may ask for a test mail; a second click does not send a second.
	 */
	static final Duration TEST_PAUSE = Duration.ofMinutes(1);

	static final int MAX_ERROR = 300;

	/**
	 * An address as a mail server may quote it: a quoted or plain local part, a name or
	 * [IP].
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("(\"[^\"]*\"|[^\\s<>\"(),;:\\[\\]]+)@(\\[[^\\]]*]|[^\\s<>\"'(),;:\\[\\]]+)");

	private final JdbcTemplate jdbc;

	private final MailServer mailServer;

	private final Mails mails;

	private final Clock clock;

	MailHealth(JdbcTemplate jdbc, MailServer mailServer, Mails mails, Clock clock) {
		this.jdbc = jdbc;
		this.mailServer = mailServer;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * @param configured whether a mail server is set ({@code spring.mail.host})
	 * @param failuresSinceSent how many mails failed since the last that left
	 */
	public record Status(boolean configured, ZonedDateTime lastSentAt, ZonedDateTime lastFailedAt, String lastError,
			int failuresSinceSent) {

		/** Whether members are missing mail now: no server, or the last mail failed. */
		public boolean failing() {
			return !this.configured || this.failuresSinceSent > 0;
		}

	}

	@Transactional(readOnly = true)
	public Status status() {
		boolean configured = isConfigured();
		return this.jdbc
			.query("SELECT last_sent_at, last_failed_at, last_error, failures_since_sent FROM mail_status WHERE id = 1",
					(row, n) -> new Status(configured, inAmsterdam(row.getTimestamp(1)),
							inAmsterdam(row.getTimestamp(2)), row.getString(3), row.getInt(4)))
			.stream()
			.findFirst()
			.orElse(new Status(configured, null, null, null, 0));
	}

	/**
	 * Sends a test mail to this address the way every mail goes, at most once a
	 * {@link #TEST_PAUSE} for the whole network.
	 * @return whether a mail went out
	 */
	@Transactional
	public boolean sendTestMail(String to, Locale locale) {
		if (!isConfigured()) {
			return false;
		}
		Instant now = this.clock.instant();
		int asked = this.jdbc.update("""
				UPDATE mail_status SET test_requested_at = ?
				WHERE id = 1 AND (test_requested_at IS NULL OR test_requested_at <= ?)""", Timestamp.from(now),
				Timestamp.from(now.minus(TEST_PAUSE)));
		if (asked == 0) {
			return false;
		}
		this.mails.send(to, locale, "test", "/beheer/mail");
		return true;
	}

	/** Whether a mail server is set ({@code spring.mail.host}). */
	public boolean isConfigured() {
		return this.mailServer.senderOrNull() != null;
	}

	void recordSent() {
		this.jdbc.update("UPDATE mail_status SET last_sent_at = ?, failures_since_sent = 0 WHERE id = 1",
				Timestamp.from(this.clock.instant()));
	}

	void recordFailure(Exception failure, String recipient) {
		this.jdbc.update("""
				UPDATE mail_status SET last_failed_at = ?, last_error = ?, failures_since_sent = failures_since_sent + 1
				WHERE id = 1""", Timestamp.from(this.clock.instant()), withoutAddresses(failure, recipient));
	}

	/**
	 * What went wrong, in the mail server's words, with the recipient's address and every
	 * other address in it taken out.
	 */
	static String withoutAddresses(Exception failure, String recipient) {
		StringBuilder words = new StringBuilder(failure.getClass().getSimpleName());
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				words.append(": ").append(cause.getMessage().strip());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		// Cut first: the address pattern is slow on a long text without an @.
		String said = words.substring(0, Math.min(words.length(), 4 * MAX_ERROR));
		if (recipient != null && !recipient.isBlank()) {
			said = Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE).matcher(said).replaceAll("…");
		}
		String text = ADDRESS.matcher(said).replaceAll("…").replaceAll("\\s+", " ");
		return (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR - 1) + "…" : text;
	}

	private static ZonedDateTime inAmsterdam(Timestamp timestamp) {
		return (timestamp != null) ? AmsterdamTime.of(timestamp.toInstant()) : null;
	}

}
