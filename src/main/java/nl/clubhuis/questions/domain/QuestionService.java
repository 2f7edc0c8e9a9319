package nl.clubhuis.questions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.Notifier;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.Slugs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking, answering, commenting and marking the answer that helped. Each form carries a
 * one-time token (a unique column), so a double submit finds the first row and does
 * nothing twice; the notifications are written in the same transaction.
 */
@Service
@Transactional
public class QuestionService {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Follows follows;

	private final Notifier notifier;

	private final Doetanks doetanks;

	QuestionService(JdbcTemplate jdbc, Clock clock, Follows follows, Notifier notifier, Doetanks doetanks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.follows = follows;
		this.notifier = notifier;
		this.doetanks = doetanks;
	}

	/**
	 * Asks a question; the asker follows it, and the followers of its expertise terms and
	 * of the asker hear about it. Returns its address.
	 */
	public String ask(MemberPrincipal asker, QuestionDraft draft) {
		Instant now = this.clock.instant();
		String slug = Slugs.of(draft.title());
		List<Long> created = this.jdbc.queryForList("""
				INSERT INTO question (submission, asker_id, title, slug, body, doetank_id, phase, asked_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (submission) DO NOTHING RETURNING id""", Long.class,
				draft.submission(), asker.id(), draft.title().strip(), slug, draft.body(), draft.doetankId(),
				(draft.phase() != null) ? draft.phase().name() : null, Timestamp.from(now));
		if (created.isEmpty()) {
			return existing("question", draft.submission(), asker.id()).path();
		}
		long id = created.get(0);
		this.jdbc.update("INSERT INTO question_expertise (question_id, expertise_id) SELECT ?, unnest(?::bigint[])", id,
				draft.expertise().toArray(Long[]::new));
		this.follows.followAutomatically(asker.id(), FollowTarget.question(id));
		List<FollowTarget> about = new ArrayList<>(draft.expertise().stream().map(FollowTarget::expertise).toList());
		about.add(FollowTarget.member(asker.id()));
		String path = nl.clubhuis.questions.QuestionSummary.pathOf(id, slug);
		this.notifier.announce(
				Announcement.of(NotificationKind.QUESTION_ASKED, "question:" + id, path, now, draft.title().strip())
					.by(asker.id())
					.toFollowersOf(about));
		return path;
	}

	/**
	 * An answer; the asker and the question's followers hear about it. Returns the
	 * address of the answer on the question's page.
	 */
	public String answer(Viewer viewer, long questionId, UUID submission, String body) {
		MemberPrincipal author = viewer.member();
		QuestionRow question = readable(questionId, viewer);
		Instant now = this.clock.instant();
		List<Long> created = this.jdbc.queryForList("""
				INSERT INTO answer (submission, question_id, author_id, body, written_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (submission) DO NOTHING RETURNING id""", Long.class, submission, questionId, author.id(),
				body, Timestamp.from(now));
		if (created.isEmpty()) {
			return question.path() + "#antwoord-" + existing("answer", submission, author.id()).id();
		}
		long id = created.get(0);
		String link = question.path() + "#antwoord-" + id;
		this.notifier.announce(Announcement
			.of(NotificationKind.QUESTION_ANSWERED, "answer:" + id, link, now, question.title(), author.name())
			.by(author.id())
			.to(Set.of(question.askerId()))
			.toFollowersOf(Set.of(FollowTarget.question(questionId))));
		return link;
	}

	/** A short comment on an answer of this question. */
	public String comment(Viewer viewer, long questionId, long answerId, UUID submission, String body) {
		MemberPrincipal author = viewer.member();
		QuestionRow question = readable(questionId, viewer);
		answerOf(questionId, answerId, viewer);
		this.jdbc.update("""
				INSERT INTO answer_comment (submission, answer_id, author_id, body, written_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (answer_id, submission) DO NOTHING""", submission, answerId, author.id(), body.strip(),
				Timestamp.from(this.clock.instant()));
		return question.path() + "#antwoord-" + answerId;
	}

	/**
	 * The asker (or a redacteur) marks the answer that helped: one at a time, another
	 * takes its place. Its author hears about it.
	 */
	public String accept(Viewer viewer, long questionId, long answerId) {
		QuestionRow question = readable(questionId, viewer);
		if (!question.ownedBy(viewer)) {
			throw new AccessDeniedException("Only the asker marks the answer that helped");
		}
		long authorId = answerOf(questionId, answerId, viewer);
		if (!Long.valueOf(answerId).equals(question.acceptedAnswerId())) {
			this.jdbc.update("UPDATE question SET accepted_answer_id = ? WHERE id = ?", answerId, questionId);
			this.notifier.announce(Announcement
				.of(NotificationKind.ANSWER_ACCEPTED, "accepted:" + answerId, question.path() + "#antwoord-" + answerId,
						this.clock.instant(), question.title())
				.by(viewer.member().id())
				.to(Set.of(authorId)));
		}
		return question.path() + "#antwoord-" + answerId;
	}

	/**
	 * The asker (or a redacteur) says which public Doetank the question became; null
	 * takes the link away.
	 */
	public String became(Viewer viewer, long questionId, Long doetankId) {
		QuestionRow question = readable(questionId, viewer);
		if (!question.ownedBy(viewer)) {
			throw new AccessDeniedException("Only the asker links the Doetank it became");
		}
		if (doetankId != null && this.doetanks.find(doetankId).filter((d) -> d.isPublic()).isEmpty()) {
			throw new NotFoundException("doetank " + doetankId);
		}
		this.jdbc.update("UPDATE question SET became_doetank_id = ? WHERE id = ?", doetankId, questionId);
		return question.path();
	}

	/** The question, when this viewer may read it; a 404 otherwise. */
	QuestionRow readable(long id, Viewer viewer) {
		return this.jdbc.query("SELECT " + QuestionRow.COLUMNS + " FROM question WHERE id = ?", QuestionRow::read, id)
			.stream()
			.filter((row) -> QuestionRow.readable(row.hiddenAt(), row.askerId(), viewer))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("question " + id));
	}

	/**
	 * The author of an answer to this question that the viewer may read; a 404 otherwise.
	 */
	private long answerOf(long questionId, long answerId, Viewer viewer) {
		return this.jdbc
			.query("SELECT author_id, hidden_at FROM answer WHERE id = ? AND question_id = ?",
					(rs, row) -> QuestionRow.readable(QuestionRow.instant(rs.getTimestamp(2)), rs.getLong(1), viewer)
							? rs.getLong(1) : null,
					answerId, questionId)
			.stream()
			.filter((author) -> author != null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("answer " + answerId));
	}

	private Existing existing(String table, UUID submission, long authorId) {
		String author = "question".equals(table) ? "asker_id" : "author_id";
		String slug = "question".equals(table) ? "slug" : "''";
		return this.jdbc
			.query("SELECT id, " + slug + " FROM " + table + " WHERE submission = ? AND " + author + " = ?",
					(rs, row) -> new Existing(rs.getLong(1), rs.getString(2)), submission, authorId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException(table + " " + submission));
	}

	private record Existing(long id, String slug) {

		String path() {
			return nl.clubhuis.questions.QuestionSummary.pathOf(this.id, this.slug);
		}

	}

}
