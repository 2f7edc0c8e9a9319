package nl.clubhuis.questions;

import java.sql.Timestamp;
import java.time.Clock;

import nl.clubhuis.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redactie hides a question, an answer or a comment (with a word why) and restores
 * it. Hidden content is gone for everyone but the redactie and its author, who reads the
 * reason. The caller (the redactie's desk) decides who may do this.
 */
@Service
@Transactional
public class QuestionModeration {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	QuestionModeration(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Hides it; hiding it again keeps the first moment and takes the new reason. */
	public void hide(QuestionContent kind, long id, String reason) {
		changed(this.jdbc.update(
				"UPDATE " + kind.table() + " SET hidden_at = coalesce(hidden_at, ?), hidden_reason = ? WHERE id = ?",
				Timestamp.from(this.clock.instant()), reason, id), kind, id);
	}

	public void restore(QuestionContent kind, long id) {
		changed(this.jdbc.update("UPDATE " + kind.table() + " SET hidden_at = NULL, hidden_reason = NULL WHERE id = ?",
				id), kind, id);
	}

	/** The author of this content, to tell them; a 404 for an unknown id. */
	public long authorOf(QuestionContent kind, long id) {
		String column = (kind == QuestionContent.QUESTION) ? "asker_id" : "author_id";
		return this.jdbc
			.query("SELECT " + column + " FROM " + kind.table() + " WHERE id = ?", (rs, row) -> rs.getLong(1), id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(kind + " " + id));
	}

	private static void changed(int rows, QuestionContent kind, long id) {
		if (rows == 0) {
			throw new NotFoundException(kind + " " + id);
		}
	}

}
