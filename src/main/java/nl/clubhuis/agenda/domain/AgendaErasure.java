package nl.clubhuis.agenda.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account gives up their place at every event that has not
 * started: like any cancellation, under the event's row lock, and the first on the
 * waiting list is offered the place ({@link PlacesGivenUp}). The notes they added are
 * erased; past attendance stays, under "voormalig lid".
 */
@Component
class AgendaErasure {

	private final PlacesGivenUp placesGivenUp;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AgendaErasure(PlacesGivenUp placesGivenUp, JdbcTemplate jdbc, Clock clock) {
		this.placesGivenUp = placesGivenUp;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void erased(MemberErased event) {
		Instant now = this.clock.instant();
		// Only the addresses first: each registration is read after its event is locked.
		List<String> upcoming = this.jdbc.queryForList("""
				SELECT e.slug FROM event_registration r JOIN event e ON e.id = r.event_id
				WHERE r.member_id = ? AND r.status <> 'GEANNULEERD' AND e.starts_at > ? ORDER BY e.starts_at """,
				String.class, event.memberId(), Timestamp.from(now));
		this.placesGivenUp.cancel(event.memberId(), upcoming, now);
		this.jdbc.update("UPDATE event_registration SET note = NULL WHERE member_id = ? AND note IS NOT NULL",
				event.memberId());
	}

}
