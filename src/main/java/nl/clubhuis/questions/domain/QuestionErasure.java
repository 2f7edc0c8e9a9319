package nl.clubhuis.questions.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account chose what happens to what they asked and answered:
 * it stays, under "voormalig lid" (the name comes from the account), or it goes, with the
 * answers and comments under it.
 */
@Component
class QuestionErasure {

	private final JdbcTemplate jdbc;

	QuestionErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		if (!event.keepContent()) {
			this.jdbc.update("DELETE FROM answer_comment WHERE author_id = ?", event.memberId());
			this.jdbc.update("DELETE FROM answer WHERE author_id = ?", event.memberId());
			this.jdbc.update("DELETE FROM question WHERE asker_id = ?", event.memberId());
		}
	}

}
