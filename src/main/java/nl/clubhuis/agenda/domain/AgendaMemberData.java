package nl.clubhuis.agenda.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's agenda in the export: every registration (also cancelled ones and places on
 * a waiting list) and the events they announced. Two statements.
 */
@Component
class AgendaMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	AgendaMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "agenda";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("registrations", MemberDataContributor.rows(this.jdbc, """
				SELECT e.slug AS event, e.title AS event_title, e.starts_at, r.status, r.note, r.registered_at,
				       r.confirmed_at, r.cancelled_at
				FROM event_registration r JOIN event e ON e.id = r.event_id
				WHERE r.member_id = ? ORDER BY r.registered_at, r.id""", memberId), "events_announced",
				MemberDataContributor.rows(this.jdbc, """
						SELECT slug, title, type, starts_at, cancelled, created_at
						FROM event WHERE created_by = ? ORDER BY created_at, id""", memberId));
	}

}
