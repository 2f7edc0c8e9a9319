package nl.clubhuis.contact.domain;

import java.sql.Timestamp;
import java.time.Instant;

import nl.clubhuis.shared.ExpiredRecords;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Messages are kept only as long as needed: the text until the recipient can no longer
 * report it (unless they did), the record (who wrote to whom, when, the subject) for the
 * daily limit and a beheerder's look at a report, counted from the report when there is
 * one.
 */
@Component
class ContactRetention implements ExpiredRecords {

	private final JdbcTemplate jdbc;

	private final ContactProperties properties;

	ContactRetention(JdbcTemplate jdbc, ContactProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public String what() {
		return "member messages";
	}

	@Override
	public int removeExpired(Instant now) {
		Timestamp recordsBefore = Timestamp.from(now.minus(this.properties.keptFor()));
		int removed = this.jdbc.update("DELETE FROM contact_message WHERE coalesce(reported_at, sent_at) < ?",
				recordsBefore);
		this.jdbc.update(
				"UPDATE contact_message SET body = NULL WHERE body IS NOT NULL AND reported_at IS NULL AND sent_at < ?",
				Timestamp.from(now.minus(this.properties.textKeptFor())));
		return removed;
	}

}
