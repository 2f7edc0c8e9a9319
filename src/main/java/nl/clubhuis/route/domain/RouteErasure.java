package nl.clubhuis.route.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account takes their consents as an eindgebruiker along; the
 * testimonials they wrote as opdrachtgever stay under "voormalig lid" or go with them, as
 * they chose for what they wrote. What they recorded for others stays with the team.
 */
@Component
class RouteErasure {

	private final JdbcTemplate jdbc;

	RouteErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("DELETE FROM eindgebruiker_consent WHERE member_id = ?", event.memberId());
		if (!event.keepContent()) {
			this.jdbc.update("DELETE FROM opdrachtgever_testimonial WHERE author_id = ?", event.memberId());
		}
	}

}
