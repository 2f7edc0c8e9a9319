package nl.clubhuis.questions.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.questions.QuestionSummary;

/** One question as stored. */
record QuestionRow(long id, long askerId, String title, String slug, String body, Long doetankId, Phase phase,
		Long becameDoetankId, Long acceptedAnswerId, Instant askedAt, Instant hiddenAt, String hiddenReason) {

	static final String COLUMNS = """
			id, asker_id, title, slug, body, doetank_id, phase, became_doetank_id, accepted_answer_id, asked_at,
			hidden_at, hidden_reason""";

	static QuestionRow read(ResultSet rs, int row) throws SQLException {
		String phase = rs.getString("phase");
		return new QuestionRow(rs.getLong("id"), rs.getLong("asker_id"), rs.getString("title"), rs.getString("slug"),
				rs.getString("body"), (Long) rs.getObject("doetank_id", Long.class),
				(phase != null) ? Phase.valueOf(phase) : null, rs.getObject("became_doetank_id", Long.class),
				rs.getObject("accepted_answer_id", Long.class), rs.getTimestamp("asked_at").toInstant(),
				instant(rs.getTimestamp("hidden_at")), rs.getString("hidden_reason"));
	}

	static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	String path() {
		return QuestionSummary.pathOf(this.id, this.slug);
	}

	/** The asker, or of the redactie: may mark the answer that helped. */
	boolean ownedBy(Viewer viewer) {
		return viewer.is(this.askerId) || viewer.isRedactie();
	}

	/** Hidden content is gone for everyone but the redactie and its author. */
	static boolean readable(Instant hiddenAt, long authorId, Viewer viewer) {
		return hiddenAt == null || viewer.is(authorId) || viewer.isRedactie();
	}

}
