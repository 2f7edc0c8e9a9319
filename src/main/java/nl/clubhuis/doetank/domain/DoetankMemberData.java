package nl.clubhuis.doetank.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's Doetanks in the export: every membership and join request (with the
 * motivation and the trekker's answer), the vraagstukken they brought in, and the changes
 * they made to Doetank pages. Three statements.
 */
@Component
class DoetankMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	DoetankMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "doetanks";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("memberships_and_requests", MemberDataContributor.rows(this.jdbc, """
				SELECT d.slug AS doetank, d.title AS doetank_title, m.role, m.ring, m.state, m.motivation,
				       m.decision_note, m.requested_at, m.decided_at, m.since, m.until
				FROM membership m JOIN doetank d ON d.id = m.doetank_id
				WHERE m.member_id = ? ORDER BY m.requested_at, m.id""", memberId), "vraagstukken_brought_in",
				MemberDataContributor.rows(this.jdbc, """
						SELECT d.slug, d.title, d.vraagstuk, d.ambition, d.theme, d.organisations, d.status,
						       d.answer_problem_owner, d.answer_value, d.answer_capacity, d.answer_origin,
						       d.decline_reason, d.created_at
						FROM doetank d
						WHERE d.proposed_by_id = ?
						ORDER BY d.created_at""", memberId), "changes_to_doetank_pages",
				MemberDataContributor.rows(this.jdbc, """
						SELECT d.slug AS doetank, r.at, r.cause, r.changes::text AS changes
						FROM doetank_revision r JOIN doetank d ON d.id = r.doetank_id
						WHERE r.author_id = ? ORDER BY r.at, r.id""", memberId));
	}

}
