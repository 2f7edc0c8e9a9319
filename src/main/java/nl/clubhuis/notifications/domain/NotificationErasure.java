package nl.clubhuis.notifications.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who leaves takes their notifications and mail choices along; notifications
 * about what they did stay for others, without pointing at them.
 */
@Component
class NotificationErasure {

	private final JdbcTemplate jdbc;

	NotificationErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("DELETE FROM notification WHERE member_id = ?", event.memberId());
		this.jdbc.update("DELETE FROM notification_preference WHERE member_id = ?", event.memberId());
		this.jdbc.update("DELETE FROM notification_digest WHERE member_id = ?", event.memberId());
		this.jdbc.update("UPDATE notification SET actor_id = NULL WHERE actor_id = ?", event.memberId());
	}

}
