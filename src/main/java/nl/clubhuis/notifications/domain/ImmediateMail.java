package nl.clubhuis.notifications.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.shared.Mails;

import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once notifications are committed, every recipient who wants that kind at once gets one
 * mail, in their language, leading to the page, with a one-click unsubscribe link. Two
 * statements per batch whatever its size: the notifications with their recipients'
 * choices, and the recipients' addresses. A notification that shows later (a scheduled
 * post) is left to the digest.
 */
@Component
class ImmediateMail {

	private final JdbcTemplate jdbc;

	private final MemberDirectory members;

	private final Mails mails;

	private final NotificationMailTexts texts;

	private final Unsubscribes unsubscribes;

	private final Clock clock;

	ImmediateMail(JdbcTemplate jdbc, MemberDirectory members, Mails mails, NotificationMailTexts texts,
			Unsubscribes unsubscribes, Clock clock) {
		this.unsubscribes = unsubscribes;
		this.jdbc = jdbc;
		this.members = members;
		this.mails = mails;
		this.texts = texts;
		this.clock = clock;
	}

	/** In a transaction of its own, so the mails leave when it commits. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void written(NotificationsWritten written) {
		List<Due> due = this.jdbc.query("""
				SELECT n.member_id, n.kind, n.link, n.arguments FROM notification n
				LEFT JOIN notification_preference p ON p.member_id = n.member_id AND p.kind = n.kind
				WHERE n.id = ANY (?::bigint[]) AND n.occurred_at <= ?
				AND COALESCE(p.delivery, CASE WHEN n.kind = ANY (?::text[]) THEN 'DIRECT' ELSE 'DIGEST' END) = 'DIRECT'
				ORDER BY n.id""",
				(rs, row) -> new Due(rs.getLong("member_id"), NotificationKind.valueOf(rs.getString("kind")),
						rs.getString("link"), (Object[]) rs.getArray("arguments").getArray()),
				written.notificationIds().toArray(Long[]::new), Timestamp.from(this.clock.instant()),
				Delivery.directByDefault());
		if (due.isEmpty()) {
			return;
		}
		Map<Long, MemberContact> contacts = this.members.contacts(due.stream().map(Due::memberId).toList());
		for (Due notification : due) {
			MemberContact member = contacts.get(notification.memberId());
			if (member == null || member.email() == null) {
				continue;
			}
			this.mails.send(this.unsubscribes.extras(member.id(), notification.kind()), member.email(), member.locale(),
					"notification", notification.link(), member.name(),
					this.texts.text(notification.kind(), notification.arguments(), member.locale()),
					this.texts.settingsUrl(),
					this.texts.subject(notification.kind(), notification.arguments(), member.locale()));
		}
	}

	private record Due(long memberId, NotificationKind kind, String link, Object[] arguments) {
	}

}
