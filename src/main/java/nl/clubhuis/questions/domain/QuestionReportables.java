package nl.clubhuis.questions.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.ReportedItem;
import nl.clubhuis.moderation.Reportables;
import nl.clubhuis.questions.QuestionContent;
import nl.clubhuis.questions.QuestionModeration;
import nl.clubhuis.questions.QuestionSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Questions, answers and comments on answers in the redactie's moderation queue: each
 * described with the question's page in one statement, hidden and restored through
 * {@link QuestionModeration}. What is hidden can no longer be reported.
 */
abstract class QuestionReportables implements Reportables {

	private final JdbcTemplate jdbc;

	private final QuestionModeration moderation;

	private final QuestionContent content;

	private final ReportKind kind;

	/**
	 * Selects id, author, text, question id, question slug and hidden, for ids = ANY(?).
	 */
	private final String select;

	QuestionReportables(JdbcTemplate jdbc, QuestionModeration moderation, QuestionContent content, ReportKind kind,
			String select) {
		this.jdbc = jdbc;
		this.moderation = moderation;
		this.content = content;
		this.kind = kind;
		this.select = select;
	}

	@Override
	public ReportKind kind() {
		return this.kind;
	}

	@Override
	public Map<Long, ReportedItem> describe(Collection<Long> ids) {
		Map<Long, ReportedItem> items = new HashMap<>();
		if (ids.isEmpty()) {
			return items;
		}
		this.jdbc.query(this.select, (rs) -> {
			String path = QuestionSummary.pathOf(rs.getLong(4), rs.getString(5));
			String anchor = (this.content == QuestionContent.QUESTION) ? "" : (this.content == QuestionContent.ANSWER)
					? "#antwoord-" + rs.getLong(1) : "#antwoord-" + rs.getLong(7);
			items.put(rs.getLong(1), new ReportedItem(rs.getLong(2), rs.getString(3), path + anchor, rs.getBoolean(6)));
		}, (Object) ids.toArray(Long[]::new));
		return items;
	}

	@Override
	public Optional<ReportedItem> seenBy(long id, Viewer viewer) {
		return Optional.ofNullable(describe(List.of(id)).get(id)).filter((item) -> !item.hidden());
	}

	@Override
	public void hide(long id, String reason) {
		this.moderation.hide(this.content, id, reason);
	}

	@Override
	public void restore(long id) {
		this.moderation.restore(this.content, id);
	}

	@Component
	static class Questions extends QuestionReportables {

		Questions(JdbcTemplate jdbc, QuestionModeration moderation) {
			super(jdbc, moderation, QuestionContent.QUESTION, ReportKind.QUESTION, """
					SELECT q.id, q.asker_id, q.title || E'\\n' || q.body, q.id, q.slug, q.hidden_at IS NOT NULL, 0
					FROM question q WHERE q.id = ANY (?::bigint[])""");
		}

	}

	@Component
	static class Answers extends QuestionReportables {

		Answers(JdbcTemplate jdbc, QuestionModeration moderation) {
			super(jdbc, moderation, QuestionContent.ANSWER, ReportKind.ANSWER, """
					SELECT a.id, a.author_id, a.body, q.id, q.slug,
					       a.hidden_at IS NOT NULL OR q.hidden_at IS NOT NULL, a.id
					FROM answer a JOIN question q ON q.id = a.question_id WHERE a.id = ANY (?::bigint[])""");
		}

	}

	@Component
	static class Comments extends QuestionReportables {

		Comments(JdbcTemplate jdbc, QuestionModeration moderation) {
			super(jdbc, moderation, QuestionContent.COMMENT, ReportKind.ANSWER_COMMENT, """
					SELECT c.id, c.author_id, c.body, q.id, q.slug,
					       c.hidden_at IS NOT NULL OR a.hidden_at IS NOT NULL OR q.hidden_at IS NOT NULL, a.id
					FROM answer_comment c JOIN answer a ON a.id = c.answer_id JOIN question q ON q.id = a.question_id
					WHERE c.id = ANY (?::bigint[])""");
		}

	}

}
