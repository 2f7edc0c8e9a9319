package nl.clubhuis.agenda.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.doetank.MembershipEnded;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Someone who is no longer in a Doetank's team gives up their places at the team's own
 * meetings that have not started (only the team comes to those, and only who has a place
 * sees the online link). Meetings of the network where the Doetank is on the podium are
 * open to all and stay as they are.
 */
@Component
class TeamMeetingsOnLeaving {

	private final PlacesGivenUp placesGivenUp;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TeamMeetingsOnLeaving(PlacesGivenUp placesGivenUp, JdbcTemplate jdbc, Clock clock) {
		this.placesGivenUp = placesGivenUp;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void left(MembershipEnded ended) {
		Instant now = this.clock.instant();
		List<String> meetings = this.jdbc.queryForList("""
				SELECT e.slug FROM event_registration r JOIN event e ON e.id = r.event_id
				WHERE r.member_id = ? AND r.status <> 'GEANNULEERD' AND e.doetank_id = ? AND e.starts_at > ?
				ORDER BY e.starts_at""", String.class, ended.memberId(), ended.doetankId(), Timestamp.from(now));
		this.placesGivenUp.cancel(ended.memberId(), meetings, now);
	}

}
