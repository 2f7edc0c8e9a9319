package nl.clubhuis.contact.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account takes every message they sent or received with them,
 * reported ones too, and their setting.
 */
@Component
class ContactErasure {

	private final JdbcTemplate jdbc;

	ContactErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("DELETE FROM contact_message WHERE sender_id = ? OR recipient_id = ?", event.memberId(),
				event.memberId());
		this.jdbc.update("DELETE FROM contact_preference WHERE member_id = ?", event.memberId());
	}

}
