package nl.clubhuis.route.domain;

import java.sql.Timestamp;
import java.time.Clock;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account takes their open requests to open a door along (no
 * supporter works for someone who left), and an open request to them lapses. What was
 * answered stays in the Doetank's record under "voormalig lid", unless they chose to take
 * what they wrote along: then the requests they made go, and their answers lose their
 * text.
 */
@Component
class DoorErasure {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DoorErasure(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void erased(MemberErased event) {
		long id = event.memberId();
		this.jdbc.update("DELETE FROM door_request WHERE asked_by_id = ? AND state IN ('OPEN', 'BEZIG')", id);
		this.jdbc.update("""
				UPDATE door_request SET state = 'VERVALLEN', answered_at = ?
				WHERE supporter_id = ? AND state IN ('OPEN', 'BEZIG')""", Timestamp.from(this.clock.instant()), id);
		if (!event.keepContent()) {
			this.jdbc.update("DELETE FROM door_request WHERE asked_by_id = ?", id);
			this.jdbc.update("UPDATE door_request SET answer = NULL WHERE answered_by_id = ?", id);
		}
	}

}
