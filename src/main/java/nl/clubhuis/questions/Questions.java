package nl.clubhuis.questions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions for other pages, one query each: hidden questions are never among them.
 */
@Service
@Transactional(readOnly = true)
public class Questions {

	private static final String SUMMARY = """
			SELECT q.id, q.title, q.slug, q.asker_id, q.asked_at, q.accepted_answer_id IS NOT NULL AS answered,
			       (SELECT count(*) FROM answer a WHERE a.question_id = q.id AND a.hidden_at IS NULL) AS answers
			FROM question q WHERE q.hidden_at IS NULL""";

	private final JdbcTemplate jdbc;

	Questions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest questions, for the home page. */
	public List<QuestionSummary> recent(int limit) {
		return this.jdbc.query(SUMMARY + " ORDER BY q.asked_at DESC, q.id DESC LIMIT ?", Questions::summary, limit);
	}

	/**
	 * Questions asked at or before {@code since} that nobody has answered yet, the
	 * longest waiting first: for the redactie desk, to find someone who knows.
	 */
	public List<QuestionSummary> unansweredSince(Instant since, int limit) {
		return this.jdbc.query(SUMMARY + """
				 AND q.asked_at <= ?
				 AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.question_id = q.id AND a.hidden_at IS NULL)
				ORDER BY q.asked_at, q.id LIMIT ?""", Questions::summary, Timestamp.from(since), limit);
	}

	private static QuestionSummary summary(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new QuestionSummary(id, rs.getString("title"), QuestionSummary.pathOf(id, rs.getString("slug")),
				rs.getLong("asker_id"), rs.getTimestamp("asked_at").toInstant(), rs.getInt("answers"),
				rs.getBoolean("answered"));
	}

}
