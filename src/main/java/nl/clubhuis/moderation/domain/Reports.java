package nl.clubhuis.moderation.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import nl.clubhuis.moderation.ReportKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report rows: written once per member and item while open (a second report by the
 * same member changes nothing), closed with an outcome when the redactie decides.
 */
@Repository
public class Reports {

	private final JdbcTemplate jdbc;

	Reports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One open report per member and item: a double submit keeps the first. */
	public void add(ReportKind kind, long itemId, Long reporterId, String reason, Instant now) {
		this.jdbc.update("""
				INSERT INTO report (item_kind, item_id, reporter_id, reason, reported_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (item_kind, item_id, reporter_id) WHERE closed_at IS NULL DO NOTHING""", kind.name(),
				itemId, reporterId, reason, Timestamp.from(now));
	}

	/** Closes the open reports of an item with what was decided; returns how many. */
	public int close(ReportKind kind, long itemId, Outcome outcome, Instant now) {
		return this.jdbc.update("""
				UPDATE report SET closed_at = ?, outcome = ?
				WHERE item_kind = ? AND item_id = ? AND closed_at IS NULL""", Timestamp.from(now), outcome.name(),
				kind.name(), itemId);
	}

	/**
	 * A decision the redactie took without a report (hiding from the item's own page):
	 * kept as a closed row without a reporter, so what was hidden is listed with the
	 * rest.
	 */
	public void recordDecision(ReportKind kind, long itemId, Outcome outcome, Instant now) {
		this.jdbc.update("""
				INSERT INTO report (item_kind, item_id, reporter_id, reason, reported_at, closed_at, outcome)
				VALUES (?, ?, NULL, '', ?, ?, ?)""", kind.name(), itemId, Timestamp.from(now), Timestamp.from(now),
				outcome.name());
	}

	/** Items with open reports, the most recently reported first: one page. */
	public List<OpenItem> openItems(int page, int size) {
		return this.jdbc.query("""
				SELECT item_kind, item_id, count(*) AS times, max(reported_at) AS last
				FROM report WHERE closed_at IS NULL
				GROUP BY item_kind, item_id ORDER BY last DESC, item_kind, item_id LIMIT ? OFFSET ?""",
				(rs, row) -> new OpenItem(ReportKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"),
						rs.getInt("times"), rs.getTimestamp("last").toInstant()),
				size, (long) page * size);
	}

	/** How many items have open reports. */
	public long countOpenItems() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT DISTINCT item_kind, item_id FROM report WHERE closed_at IS NULL) o",
				Long.class);
	}

	/** The open reports of these items (ids of any kind; the caller matches the kind). */
	public List<OpenReport> openReportsOf(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT item_kind, item_id, reporter_id, reason, reported_at FROM report
				WHERE closed_at IS NULL AND item_id = ANY (?) ORDER BY reported_at, id""",
				(rs, row) -> new OpenReport(ReportKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"),
						(Long) rs.getObject("reporter_id"), rs.getString("reason"),
						rs.getTimestamp("reported_at").toInstant()),
				(Object) itemIds.toArray(new Long[0]));
	}

	/** Items the redactie hid after reports, the most recently hidden first: one page. */
	public List<HiddenItem> hiddenItems(int page, int size) {
		return this.jdbc.query("""
				SELECT item_kind, item_id, max(closed_at) AS hidden_at FROM report WHERE outcome = 'HIDDEN'
				GROUP BY item_kind, item_id ORDER BY hidden_at DESC, item_kind, item_id LIMIT ? OFFSET ?""",
				(rs, row) -> new HiddenItem(ReportKind.valueOf(rs.getString("item_kind")), rs.getLong("item_id"),
						rs.getTimestamp("hidden_at").toInstant()),
				size, (long) page * size);
	}

	/** How many items the redactie hid after reports. */
	public long countHiddenItems() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT DISTINCT item_kind, item_id FROM report WHERE outcome = 'HIDDEN') h",
				Long.class);
	}

	/** What the redactie decided about an item's reports. */
	public enum Outcome {

		HIDDEN, DISMISSED, RESTORED

	}

	/** An item with open reports: how often, and when last. */
	public record OpenItem(ReportKind kind, long itemId, int times, Instant lastReportedAt) {
	}

	/** One open report: by whom (null when it came in anonymously before), and why. */
	public record OpenReport(ReportKind kind, long itemId, Long reporterId, String reason, Instant reportedAt) {
	}

	/** An item the redactie hid after reports, and when. */
	public record HiddenItem(ReportKind kind, long itemId, Instant hiddenAt) {
	}

}
