package nl.clubhuis.notifications;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.clubhuis.follow.Follows;
import nl.clubhuis.notifications.domain.NotificationsWritten;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an {@link Announcement} as one notification per member it reaches, inside the
 * caller's transaction (so a change and its notifications are saved together or not at
 * all). Two statements whatever the audience: who follows, and one insert that skips
 * erased members and members who already have a notification for this cause.
 */
@Service
public class Notifier {

	private final Follows follows;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	Notifier(Follows follows, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.follows = follows;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void announce(Announcement announcement) {
		Set<Long> audience = announcement.audience(this.follows.followersOf(announcement.followersOf()));
		if (audience.isEmpty()) {
			return;
		}
		List<Long> written = this.jdbc.queryForList(
				"""
						INSERT INTO notification (member_id, kind, source_key, link, arguments, actor_id, occurred_at)
						SELECT m.id, ?, ?, ?, ?::text[], ?, ? FROM member m WHERE m.id = ANY (?::bigint[]) AND m.erased_at IS NULL
						ON CONFLICT (member_id, source_key) DO NOTHING
						RETURNING id""",
				Long.class, announcement.kind().name(), announcement.sourceKey(), announcement.link(),
				announcement.arguments().toArray(String[]::new), announcement.actorId(),
				Timestamp.from(announcement.occurredAt()), audience.toArray(Long[]::new));
		if (!written.isEmpty()) {
			this.events.publishEvent(new NotificationsWritten(announcement.kind(), written));
		}
	}

	/**
	 * Takes back, from everyone, the notifications of exactly this cause (a post the
	 * redactie hid). One statement; it reads the whole table, which a rare act of the
	 * redactie can afford.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdrawFromEveryone(String sourceKey) {
		this.jdbc.update("DELETE FROM notification WHERE source_key = ?", sourceKey);
	}

	/**
	 * Takes back what no longer holds (a place at an event that was called off since):
	 * the notifications of these members whose cause starts with {@code sourceKeyPrefix}
	 * are gone from their page, the count in the header and the digest. One statement.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(Collection<Long> memberIds, String sourceKeyPrefix) {
		if (memberIds.isEmpty()) {
			return;
		}
		this.jdbc.update("DELETE FROM notification WHERE member_id = ANY (?::bigint[]) AND starts_with(source_key, ?)",
				memberIds.toArray(Long[]::new), sourceKeyPrefix);
	}

}
