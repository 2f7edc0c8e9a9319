package nl.clubhuis.notifications.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.notifications.NotificationKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's choices at /mijn/meldingen/instellingen: per kind of notification a
 * {@link Delivery}, and how often the digest comes. A kind without a stored choice has
 * its default; without a stored period the digest is weekly.
 */
@Service
public class MailPreferences {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailPreferences(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The member's choices, defaults filled in; two statements. */
	@Transactional(readOnly = true)
	public Choices of(long memberId) {
		Map<NotificationKind, Delivery> deliveries = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			deliveries.put(kind, Delivery.defaultFor(kind));
		}
		this.jdbc.query("SELECT kind, delivery FROM notification_preference WHERE member_id = ?", (rs) -> {
			deliveries.put(NotificationKind.valueOf(rs.getString("kind")), Delivery.valueOf(rs.getString("delivery")));
		}, memberId);
		List<String> periods = this.jdbc.queryForList("SELECT period FROM notification_digest WHERE member_id = ?",
				String.class, memberId);
		DigestPeriod period = periods.isEmpty() ? DigestPeriod.WEEKLY : DigestPeriod.valueOf(periods.get(0));
		return new Choices(deliveries, period);
	}

	/**
	 * Stores all choices at once (saving twice stores the same). A digest turned back on
	 * starts from now, so it never brings up what happened while it was off.
	 */
	@Transactional
	public void save(long memberId, Map<NotificationKind, Delivery> deliveries, DigestPeriod period) {
		this.jdbc.update("DELETE FROM notification_preference WHERE member_id = ?", memberId);
		this.jdbc.batchUpdate("INSERT INTO notification_preference (member_id, kind, delivery) VALUES (?, ?, ?)",
				deliveries.entrySet()
					.stream()
					.map((choice) -> new Object[] { memberId, choice.getKey().name(), choice.getValue().name() })
					.toList());
		setPeriod(memberId, period);
	}

	/** Sets how often the digest comes (also the unsubscribe link for the digest). */
	@Transactional
	public void setPeriod(long memberId, DigestPeriod period) {
		this.jdbc.update("""
				INSERT INTO notification_digest (member_id, period, sent_until) VALUES (?, ?, NULL)
				ON CONFLICT (member_id) DO UPDATE SET period = EXCLUDED.period,
				  sent_until = CASE WHEN notification_digest.period = 'NEVER' AND EXCLUDED.period <> 'NEVER'
				    THEN ? ELSE notification_digest.sent_until END""", memberId, period.name(),
				Timestamp.from(this.clock.instant()));
	}

	/** Turns off the mail for one kind (from the unsubscribe link); site notices stay. */
	@Transactional
	public void turnOff(long memberId, NotificationKind kind) {
		this.jdbc.update("""
				INSERT INTO notification_preference (member_id, kind, delivery) VALUES (?, ?, 'NONE')
				ON CONFLICT (member_id, kind) DO UPDATE SET delivery = 'NONE'""", memberId, kind.name());
	}

	/** A member's choices, every kind present. */
	public record Choices(Map<NotificationKind, Delivery> deliveries, DigestPeriod period) {

		public Choices {
			deliveries = Map.copyOf(deliveries);
		}

	}

}
