package nl.clubhuis.questions.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.questions.QuestionSummary;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.Markdown;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedContent;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question pages, each in a fixed number of statements: the rows, then one batch per
 * kind of thing they name (expertise, members, Doetanks).
 */
@Service
@Transactional(readOnly = true)
public class QuestionReads {

	static final int PAGE_SIZE = 20;

	private final JdbcTemplate jdbc;

	private final QuestionService service;

	private final ExpertiseVocabulary vocabulary;

	private final MemberDirectory members;

	private final Doetanks doetanks;

	private final SharedContent shared;

	QuestionReads(JdbcTemplate jdbc, QuestionService service, ExpertiseVocabulary vocabulary, MemberDirectory members,
			Doetanks doetanks, SharedContent shared) {
		this.jdbc = jdbc;
		this.service = service;
		this.vocabulary = vocabulary;
		this.members = members;
		this.doetanks = doetanks;
		this.shared = shared;
	}

	/** A question's page; a 404 when it does not exist or is hidden from this viewer. */
	public QuestionView page(long id, Viewer viewer) {
		QuestionRow question = this.service.readable(id, viewer);
		Map<Long, List<Long>> expertise = expertiseOf(List.of(id));
		List<AnswerRow> answers = this.jdbc
			.query("""
					SELECT id, author_id, body, written_at, hidden_at, hidden_reason FROM answer
					WHERE question_id = ? ORDER BY written_at, id""",
					(rs, row) -> new AnswerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4),
							rs.getTimestamp(5), rs.getString(6)),
					id)
			.stream()
			.filter((answer) -> QuestionRow.readable(QuestionRow.instant(answer.hiddenAt()), answer.authorId(), viewer))
			.toList();
		Map<Long, List<QuestionView.Comment>> comments = new LinkedHashMap<>();
		Set<Long> people = new HashSet<>();
		people.add(question.askerId());
		answers.forEach((answer) -> people.add(answer.authorId()));
		List<CommentRow> commentRows = answers.isEmpty() ? List.of()
				: this.jdbc
					.query("""
							SELECT id, answer_id, author_id, body, written_at, hidden_at, hidden_reason FROM answer_comment
							WHERE answer_id = ANY (?::bigint[]) ORDER BY written_at, id""",
							(rs, row) -> new CommentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
									rs.getTimestamp(5), rs.getTimestamp(6), rs.getString(7)),
							(Object) answers.stream().map(AnswerRow::id).toArray(Long[]::new))
					.stream()
					.filter((comment) -> QuestionRow.readable(QuestionRow.instant(comment.hiddenAt()),
							comment.authorId(), viewer))
					.toList();
		commentRows.forEach((comment) -> people.add(comment.authorId()));
		Map<Long, MemberRef> names = this.members.byIds(people);
		commentRows.forEach((comment) -> comments.computeIfAbsent(comment.answerId(), (key) -> new ArrayList<>())
			.add(new QuestionView.Comment(comment.id(), names.get(comment.authorId()), comment.body(),
					AmsterdamTime.of(comment.writtenAt().toInstant()), comment.hiddenReason())));
		Map<Long, DoetankRef> doetanks = publicDoetanks(nonNull(question.doetankId(), question.becameDoetankId()));
		List<QuestionView.Answer> answerViews = answers.stream()
			.map((answer) -> new QuestionView.Answer(answer.id(), names.get(answer.authorId()),
					Markdown.toHtml(answer.body()), AmsterdamTime.of(answer.writtenAt().toInstant()),
					Long.valueOf(answer.id()).equals(question.acceptedAnswerId()), answer.hiddenReason(),
					comments.getOrDefault(answer.id(), List.of())))
			.toList();
		return new QuestionView(id, question.title(), question.path(), Markdown.toHtml(question.body()),
				names.get(question.askerId()), AmsterdamTime.of(question.askedAt()),
				sorted(expertise.getOrDefault(id, List.of())), doetanks.get(question.doetankId()), question.phase(),
				doetanks.get(question.becameDoetankId()), question.acceptedAnswerId() != null,
				(question.hiddenAt() != null) ? question.hiddenReason() : null, answerViews,
				new QuestionView.May(viewer.isLoggedIn(), question.ownedBy(viewer), viewer.is(question.askerId())));
	}

	/**
	 * A page of /vragen, newest first; for a member with expertise, the open questions
	 * that ask for it come first. Hidden questions are left out.
	 */
	public Page<QuestionListItem> list(QuestionFilter filter, Viewer viewer, PageNumber number) {
		StringBuilder where = new StringBuilder(" WHERE q.hidden_at IS NULL");
		List<Object> args = new ArrayList<>();
		if (filter.answered() != null) {
			where.append(
					filter.answered() ? " AND q.accepted_answer_id IS NOT NULL" : " AND q.accepted_answer_id IS NULL");
		}
		if (filter.expertiseId() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM question_expertise e WHERE e.question_id = q.id"
					+ " AND e.expertise_id = ?)");
			args.add(filter.expertiseId());
		}
		if (filter.doetankId() != null) {
			where.append(" AND (q.doetank_id = ? OR q.became_doetank_id = ?)");
			args.add(filter.doetankId());
			args.add(filter.doetankId());
		}
		Long[] mine = this.members.expertiseOf(viewer.memberId().orElse(null)).stream().sorted().toArray(Long[]::new);
		String key = "vragen:" + filter + ":" + Arrays.toString(mine) + ":";
		return number.fetch((index) -> this.shared.get(key + index, () -> page(where.toString(), args, mine, index)));
	}

	/**
	 * One page of the list and the number of questions: the same for every viewer with
	 * the same expertise, so kept as {@link SharedContent}.
	 */
	private Page<QuestionListItem> page(String where, List<Object> filterArgs, Long[] mine, int index) {
		long total = this.jdbc.queryForObject("SELECT count(*) FROM question q" + where, Long.class,
				filterArgs.toArray());
		List<Object> args = new ArrayList<>();
		args.add(mine);
		args.addAll(filterArgs);
		args.add(PAGE_SIZE);
		args.add((long) index * PAGE_SIZE);
		List<ListRow> rows = (total == 0) ? List.of() : this.jdbc.query("""
				SELECT q.id, q.title, q.slug, q.asker_id, q.asked_at, q.accepted_answer_id IS NOT NULL,
				       (SELECT count(*) FROM answer a WHERE a.question_id = q.id AND a.hidden_at IS NULL),
				       q.became_doetank_id,
				       q.accepted_answer_id IS NULL AND EXISTS (SELECT 1 FROM question_expertise e
				           WHERE e.question_id = q.id AND e.expertise_id = ANY (?::bigint[])) AS for_me
				FROM question q""" + where + " ORDER BY for_me DESC, q.asked_at DESC, q.id DESC LIMIT ? OFFSET ?",
				(rs, row) -> new ListRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getTimestamp(5), rs.getBoolean(6), rs.getInt(7), rs.getObject(8, Long.class)),
				args.toArray());
		Map<Long, List<Long>> expertise = expertiseOf(rows.stream().map(ListRow::id).toList());
		Map<Long, MemberRef> names = this.members.byIds(rows.stream().map(ListRow::askerId).toList());
		Map<Long, DoetankRef> became = publicDoetanks(
				rows.stream().map(ListRow::becameId).filter((id) -> id != null).toList());
		Map<Long, Expertise> terms = this.vocabulary
			.byIds(expertise.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		List<QuestionListItem> items = rows.stream()
			.map((row) -> new QuestionListItem(row.id(), row.title(), QuestionSummary.pathOf(row.id(), row.slug()),
					names.get(row.askerId()), AmsterdamTime.of(row.askedAt().toInstant()), row.answers(),
					row.answered(),
					expertise.getOrDefault(row.id(), List.of())
						.stream()
						.map(terms::get)
						.filter((term) -> term != null)
						.toList(),
					became.get(row.becameId())))
			.toList();
		return new PageImpl<>(items, PageRequest.of(index, PAGE_SIZE), total);
	}

	private Map<Long, List<Long>> expertiseOf(Collection<Long> questionIds) {
		if (questionIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> byQuestion = new LinkedHashMap<>();
		this.jdbc.query(
				"SELECT question_id, expertise_id FROM question_expertise WHERE question_id = ANY (?::bigint[])",
				(rs) -> {
					byQuestion.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>()).add(rs.getLong(2));
				}, (Object) questionIds.toArray(Long[]::new));
		return byQuestion;
	}

	private List<Expertise> sorted(List<Long> ids) {
		return ids.isEmpty() ? List.of() : this.vocabulary.sorted(ids);
	}

	private Map<Long, DoetankRef> publicDoetanks(Collection<Long> ids) {
		Map<Long, DoetankRef> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.doetanks.byIds(ids)
				.values()
				.stream()
				.filter(DoetankRef::isPublic)
				.forEach((doetank) -> found.put(doetank.id(), doetank));
		}
		return found;
	}

	private static List<Long> nonNull(Long... ids) {
		List<Long> present = new ArrayList<>();
		for (Long id : ids) {
			if (id != null) {
				present.add(id);
			}
		}
		return present;
	}

	private record AnswerRow(long id, long authorId, String body, Timestamp writtenAt, Timestamp hiddenAt,
			String hiddenReason) {

	}

	private record CommentRow(long id, long answerId, long authorId, String body, Timestamp writtenAt,
			Timestamp hiddenAt, String hiddenReason) {

	}

	private record ListRow(long id, String title, String slug, long askerId, Timestamp askedAt, boolean answered,
			int answers, Long becameId) {

	}

}
