package nl.clubhuis.questions.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.follow.FollowKind;
import nl.clubhuis.follow.Followables;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.questions.QuestionSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A question can be followed by every member who may read it. */
@Component
class QuestionFollowables implements Followables {

	private final JdbcTemplate jdbc;

	QuestionFollowables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public FollowKind kind() {
		return FollowKind.QUESTION;
	}

	@Override
	public boolean mayFollow(long id, Viewer viewer) {
		return this.jdbc.query("SELECT hidden_at, asker_id FROM question WHERE id = ?",
				(rs, row) -> QuestionRow.readable(QuestionRow.instant(rs.getTimestamp(1)), rs.getLong(2), viewer), id)
			.stream()
			.anyMatch(Boolean::booleanValue);
	}

	@Override
	public Map<Long, Followed> describe(Collection<Long> ids, Locale locale) {
		return this.jdbc
			.query("SELECT id, title, slug FROM question WHERE id = ANY (?::bigint[])",
					(rs, row) -> Map.entry(rs.getLong(1),
							new Followed(rs.getString(2), QuestionSummary.pathOf(rs.getLong(1), rs.getString(3)))),
					(Object) ids.toArray(Long[]::new))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
