package nl.clubhuis.agenda.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.EventsHeld;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the meetings held per year with one aggregate over the agenda's own tables. */
@Service
class EventYears implements EventsHeld {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EventYears(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Held> perYear(int firstYear, int lastYear) {
		return this.jdbc
			.query("""
					SELECT y, type, count(*) AS events, sum(registrations) AS registrations FROM (
					    SELECT extract(year FROM e.starts_at AT TIME ZONE 'Europe/Amsterdam')::int AS y, e.type,
					           (SELECT count(*) FROM event_registration r
					            WHERE r.event_id = e.id AND r.status = 'BEVESTIGD') AS registrations
					    FROM event e
					    WHERE e.type <> 'DOETANK' AND NOT e.cancelled AND e.starts_at < ?) held
					WHERE y BETWEEN ? AND ? GROUP BY y, type ORDER BY y, type""",
					(row, n) -> new Held(row.getInt("y"), EventType.valueOf(row.getString("type")),
							row.getLong("events"), row.getLong("registrations")),
					Timestamp.from(this.clock.instant()), firstYear, lastYear);
	}

}
