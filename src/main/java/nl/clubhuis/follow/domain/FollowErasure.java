package nl.clubhuis.follow.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A member who leaves follows nothing any more, and nobody follows them. */
@Component
class FollowErasure {

	private final JdbcTemplate jdbc;

	FollowErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("DELETE FROM follow WHERE member_id = ? OR (target_kind = 'MEMBER' AND target_id = ?)",
				event.memberId(), event.memberId());
	}

}
