package nl.clubhuis.moderation.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;
import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's reports in the export (what, why, when, what came of it); when they erase
 * their account, the reports stay for the redactie without their name (no report is
 * lost).
 */
@Component
class ModerationMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	ModerationMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "moderation";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("reports", MemberDataContributor.rows(this.jdbc, """
				SELECT item_kind, item_id, reason, reported_at, closed_at, outcome
				FROM report WHERE reporter_id = ? ORDER BY reported_at, id""", memberId));
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("UPDATE report SET reporter_id = NULL WHERE reporter_id = ?", event.memberId());
	}

}
