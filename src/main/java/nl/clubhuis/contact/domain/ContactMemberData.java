package nl.clubhuis.contact.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's messages in the export: the ones they sent (with the text while it is kept),
 * the ones they received (without the sender's address, which the portal never holds in
 * these tables), and their setting. Three statements.
 */
@Component
class ContactMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	ContactMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "contact";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("accepts_messages", MemberDataContributor.rows(this.jdbc, """
				SELECT accepts_messages, changed_at FROM contact_preference WHERE member_id = ?""", memberId),
				"messages_sent", MemberDataContributor.rows(this.jdbc, """
						SELECT recipient_id, doetank_id, subject, body, reply_by_mail, sent_at, reported_at
						FROM contact_message
						WHERE sender_id = ? ORDER BY sent_at, id""", memberId), "messages_received",
				MemberDataContributor.rows(this.jdbc, """
						SELECT sender_id, subject, body, sent_at, reported_at
						FROM contact_message WHERE recipient_id = ? ORDER BY sent_at, id""", memberId));
	}

}
