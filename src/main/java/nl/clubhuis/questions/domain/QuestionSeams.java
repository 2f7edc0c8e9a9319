package nl.clubhuis.questions.domain;

import java.time.Instant;
import java.util.List;

import nl.clubhuis.questions.QuestionSummary;
import nl.clubhuis.questions.Questions;
import nl.clubhuis.redactie.UnansweredQuestions;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.NetworkActivity;
import nl.clubhuis.shared.RecentWriting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions on other modules' pages: the newest ones in "Wat er beweegt" on the home
 * page, and on the redactie's desk those still without an answer (so the redactie can
 * invite people who know, as the LinkedIn group's moderators did) and what members wrote
 * lately.
 */
@Component
class QuestionSeams implements NetworkActivity, UnansweredQuestions, RecentWriting {

	/**
	 * The newest questions, answers and comments on answers that show, in one statement.
	 */
	private static final String LATEST = """
			(SELECT q.asked_at AS at, 'desk.activity.question' AS key, q.title, q.asker_id AS author, q.body,
			        q.id, q.slug, '' AS anchor
			 FROM question q WHERE q.hidden_at IS NULL ORDER BY q.asked_at DESC, q.id DESC LIMIT ?)
			UNION ALL
			(SELECT a.written_at, 'desk.activity.answer', q.title, a.author_id, a.body, q.id, q.slug, '#antwoord-' || a.id
			 FROM answer a JOIN question q ON q.id = a.question_id
			 WHERE a.hidden_at IS NULL AND q.hidden_at IS NULL ORDER BY a.written_at DESC, a.id DESC LIMIT ?)
			UNION ALL
			(SELECT c.written_at, 'desk.activity.answerComment', q.title, c.author_id, c.body, q.id, q.slug,
			        '#antwoord-' || a.id
			 FROM answer_comment c JOIN answer a ON a.id = c.answer_id JOIN question q ON q.id = a.question_id
			 WHERE c.hidden_at IS NULL AND a.hidden_at IS NULL AND q.hidden_at IS NULL
			 ORDER BY c.written_at DESC, c.id DESC LIMIT ?)
			ORDER BY at DESC LIMIT ?""";

	private final Questions questions;

	private final JdbcTemplate jdbc;

	QuestionSeams(Questions questions, JdbcTemplate jdbc) {
		this.questions = questions;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Written> latest(int howMany) {
		return this.jdbc.query(LATEST,
				(rs, row) -> new Written(rs.getTimestamp("at").toInstant(), rs.getString("key"), rs.getString("title"),
						rs.getLong("author"), rs.getString("body"),
						QuestionSummary.pathOf(rs.getLong("id"), rs.getString("slug")) + rs.getString("anchor")),
				howMany, howMany, howMany, howMany);
	}

	@Override
	public List<Activity> recent(int howMany) {
		return this.questions.recent(howMany)
			.stream()
			.map((question) -> new Activity(question.askedAt(), "home.activity.question", List.of(question.title()),
					question.path()))
			.toList();
	}

	@Override
	public List<UnansweredQuestion> askedBefore(Instant moment, int howMany) {
		return this.questions.unansweredSince(moment, howMany)
			.stream()
			.map((question) -> new UnansweredQuestion(question.title(), question.path(),
					AmsterdamTime.of(question.askedAt())))
			.toList();
	}

}
