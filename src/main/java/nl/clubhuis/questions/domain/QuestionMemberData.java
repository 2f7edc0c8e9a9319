package nl.clubhuis.questions.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The member's questions, answers and comments, in the export. Three statements. */
@Component
class QuestionMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	QuestionMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "vragen";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("vragen", MemberDataContributor.rows(this.jdbc, """
				SELECT id, title, body, phase, asked_at, hidden_at, hidden_reason FROM question
				WHERE asker_id = ? ORDER BY asked_at""", memberId), "antwoorden", MemberDataContributor.rows(this.jdbc,
				"""
						SELECT a.id, a.question_id, q.title AS question, a.body, a.written_at, a.hidden_at, a.hidden_reason
						FROM answer a JOIN question q ON q.id = a.question_id WHERE a.author_id = ? ORDER BY a.written_at""",
				memberId), "reacties", MemberDataContributor.rows(this.jdbc, """
						SELECT c.id, c.answer_id, c.body, c.written_at, c.hidden_at, c.hidden_reason
						FROM answer_comment c WHERE c.author_id = ? ORDER BY c.written_at""", memberId));
	}

}
