package nl.clubhuis.notifications.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.shared.Mails;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends each member whose digest is due ({@link DigestWindow}) one mail listing the
 * notifications of the kinds they want in the digest since their previous one. A member's
 * digest is claimed by moving their watermark with a conditional statement that only one
 * instance can win, and only then sent: never twice, even when two instances race. Two
 * statements, plus one claim per member who gets a digest.
 */
@Component
class DigestMails {

	private final JdbcTemplate jdbc;

	private final MemberDirectory members;

	private final Mails mails;

	private final NotificationMailTexts texts;

	private final Unsubscribes unsubscribes;

	DigestMails(JdbcTemplate jdbc, MemberDirectory members, Mails mails, NotificationMailTexts texts,
			Unsubscribes unsubscribes) {
		this.unsubscribes = unsubscribes;
		this.jdbc = jdbc;
		this.members = members;
		this.mails = mails;
		this.texts = texts;
	}

	/** Sends every digest due at {@code now}; says how many went out. */
	int sendDue(Instant now) {
		return sendDue(now, null);
	}

	/**
	 * Like {@link #sendDue(Instant)}, for these members only ({@code null}: everyone).
	 */
	int sendDue(Instant now, Collection<Long> only) {
		Map<Long, Digest> due = dueDigests(now, only);
		if (due.isEmpty()) {
			return 0;
		}
		Map<Long, MemberContact> contacts = this.members.contacts(due.keySet());
		int sent = 0;
		for (Digest digest : due.values()) {
			MemberContact member = contacts.get(digest.memberId);
			if (member == null || member.email() == null || !claim(digest)) {
				continue;
			}
			List<String> lines = digest.items.stream()
				.map((item) -> this.texts.text(item.kind(), item.arguments(), member.locale()) + "\n"
						+ this.texts.url(item.link()))
				.toList();
			this.mails.send(this.unsubscribes.extras(member.id(), null), member.email(), member.locale(), "digest",
					"/mijn/meldingen", member.name(), String.join("\n\n", lines), this.texts.settingsUrl());
			sent++;
		}
		return sent;
	}

	/** Per member, what their next digest lists, when it is due now. */
	private Map<Long, Digest> dueDigests(Instant now, Collection<Long> only) {
		Instant daily = DigestWindow.lastDue(DigestPeriod.DAILY, now);
		Instant weekly = DigestWindow.lastDue(DigestPeriod.WEEKLY, now);
		Map<Long, Digest> digests = new LinkedHashMap<>();
		Long[] members = (only != null) ? only.toArray(Long[]::new) : null;
		this.jdbc.query("""
				SELECT n.member_id, COALESCE(d.period, 'WEEKLY') AS period, d.sent_until,
				  n.kind, n.link, n.arguments, n.occurred_at
				FROM notification n
				LEFT JOIN notification_digest d ON d.member_id = n.member_id
				LEFT JOIN notification_preference p ON p.member_id = n.member_id AND p.kind = n.kind
				WHERE n.occurred_at <= ? AND (d.sent_until IS NULL OR n.occurred_at > d.sent_until)
				AND COALESCE(d.period, 'WEEKLY') <> 'NEVER' AND (?::bigint[] IS NULL OR n.member_id = ANY (?::bigint[]))
				AND COALESCE(p.delivery, CASE WHEN n.kind = ANY (?::text[]) THEN 'DIRECT' ELSE 'DIGEST' END) = 'DIGEST'
				ORDER BY n.member_id, n.occurred_at, n.id""", (rs) -> {
			Instant sentUntil = instant(rs.getTimestamp("sent_until"));
			DigestPeriod period = DigestPeriod.valueOf(rs.getString("period"));
			Instant lastDue = (period == DigestPeriod.DAILY) ? daily : weekly;
			if (DigestWindow.includes(sentUntil, lastDue, rs.getTimestamp("occurred_at").toInstant())) {
				digests.computeIfAbsent(rs.getLong("member_id"), (id) -> new Digest(id, sentUntil, lastDue)).items
					.add(new Item(NotificationKind.valueOf(rs.getString("kind")), rs.getString("link"),
							(Object[]) rs.getArray("arguments").getArray()));
			}
		}, Timestamp.from(daily), members, members, Delivery.directByDefault());
		return digests;
	}

	/**
	 * Moves the member's watermark from where it was read to the end of this digest; only
	 * one of two racing instances gets a row back.
	 */
	private boolean claim(Digest digest) {
		return !this.jdbc
			.queryForList("""
					INSERT INTO notification_digest (member_id, period, sent_until) VALUES (?, 'WEEKLY', ?)
					ON CONFLICT (member_id) DO UPDATE SET sent_until = EXCLUDED.sent_until
					WHERE notification_digest.sent_until IS NOT DISTINCT FROM ?::timestamptz
					RETURNING member_id""", Long.class, digest.memberId, Timestamp.from(digest.until),
					(digest.from != null) ? Timestamp.from(digest.from) : null)
			.isEmpty();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static final class Digest {

		final long memberId;

		final Instant from;

		final Instant until;

		final List<Item> items = new ArrayList<>();

		Digest(long memberId, Instant from, Instant until) {
			this.memberId = memberId;
			this.from = from;
			this.until = until;
		}

	}

	private record Item(NotificationKind kind, String link, Object[] arguments) {
	}

}
