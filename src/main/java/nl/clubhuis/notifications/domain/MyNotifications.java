package nl.clubhuis.notifications.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.NotificationLine;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own notifications: the list at /mijn/meldingen, the count in the header, and
 * marking them read. Only what has occurred shows (a scheduled post notifies from the
 * moment it appears). Every method reads or writes only the member's own rows.
 */
@Service
public class MyNotifications {

	public static final int PAGE_SIZE = 20;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MyNotifications(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One page, newest first; two statements. */
	@Transactional(readOnly = true)
	public Page<NotificationLine> page(long memberId, int pageIndex) {
		Timestamp now = now();
		long total = this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE member_id = ? AND occurred_at <= ?", Long.class, memberId,
				now);
		List<NotificationLine> rows = rows(memberId, now, PAGE_SIZE, (long) pageIndex * PAGE_SIZE);
		return new PageImpl<>(rows, PageRequest.of(pageIndex, PAGE_SIZE), total);
	}

	/** The newest few, read or not; one statement. */
	@Transactional(readOnly = true)
	public List<NotificationLine> latest(long memberId, int howMany) {
		return latest(memberId, howMany, this.clock.instant());
	}

	/** The newest few that have appeared at {@code now}; one statement. */
	@Transactional(readOnly = true)
	public List<NotificationLine> latest(long memberId, int howMany, java.time.Instant now) {
		return rows(memberId, Timestamp.from(now), howMany, 0);
	}

	private List<NotificationLine> rows(long memberId, Timestamp now, int limit, long offset) {
		return this.jdbc.query("""
				SELECT id, kind, link, arguments, occurred_at, read_at IS NOT NULL AS read FROM notification
				WHERE member_id = ? AND occurred_at <= ?
				ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?""", this::shown, memberId, now, limit, offset);
	}

	/**
	 * The unread ones that have appeared, and when the next one appears; one statement.
	 */
	@Transactional(readOnly = true)
	public UnreadCount unread(long memberId) {
		return unread(memberId, this.clock.instant());
	}

	/** As {@link #unread(long)}, at {@code at}. */
	@Transactional(readOnly = true)
	public UnreadCount unread(long memberId, java.time.Instant at) {
		Timestamp now = Timestamp.from(at);
		return this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE occurred_at <= ?) AS appeared,
				       min(occurred_at) FILTER (WHERE occurred_at > ?) AS next
				FROM notification WHERE member_id = ? AND read_at IS NULL""",
				(row, number) -> new UnreadCount(row.getLong("appeared"),
						(row.getTimestamp("next") != null) ? row.getTimestamp("next").toInstant() : null),
				now, now, memberId);
	}

	/** Now, for {@link UnreadCount#outdatedAt}. */
	public java.time.Instant instant() {
		return this.clock.instant();
	}

	/**
	 * Marks one read and says where it leads; empty when it is not this member's. One
	 * read before is left as it is (a changed row would make every instance forget what
	 * is kept for the member).
	 */
	@Transactional
	public Optional<String> open(long memberId, long id) {
		List<String> links = this.jdbc.queryForList("""
				WITH marked AS (UPDATE notification SET read_at = ? WHERE id = ? AND member_id = ? AND read_at IS NULL)
				SELECT link FROM notification WHERE id = ? AND member_id = ?""", String.class, now(), id, memberId, id,
				memberId);
		return links.stream().findFirst();
	}

	@Transactional
	public void markAllRead(long memberId) {
		this.jdbc.update(
				"UPDATE notification SET read_at = ? WHERE member_id = ? AND read_at IS NULL AND occurred_at <= ?",
				now(), memberId, now());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private NotificationLine shown(ResultSet rs, int row) throws SQLException {
		Array arguments = rs.getArray("arguments");
		return new NotificationLine(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("link"), Arrays.asList((String[]) arguments.getArray()),
				AmsterdamTime.of(rs.getTimestamp("occurred_at").toInstant()), rs.getBoolean("read"));
	}

}
